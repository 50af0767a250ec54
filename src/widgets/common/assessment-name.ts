// How an assessment is named in lists and messages.
import { picker as copy } from '../../../content/ui/common.json';
import type { Assessment } from '../../lib/model.ts';

/** "Leeds (Leeds Together)", or "Unnamed place" when the reader has not named it yet. */
export function assessmentName(a: Pick<Assessment, 'place' | 'partnership'>): string {
  const place = a.place || copy.unnamed;
  return a.partnership ? `${place} (${a.partnership})` : place;
}
