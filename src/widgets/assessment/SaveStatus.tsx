// The quiet "Saved on this device" line, announced politely after each change.
import { useStore } from '@nanostores/preact';
import { assessment as copy } from '../../../content/ui/assessment.json';
import type { Assessment } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { $storageState } from '../../stores/storage.ts';
import { withBase } from '../../lib/url.ts';
import { formatSavedAt } from '../../lib/dates.ts';

export function SaveStatus({ assessment }: { assessment: Assessment | undefined }) {
  const state = useStore($storageState);
  const answered = assessment ? Object.keys(assessment.answers).length : 0;
  const saved = formatSavedAt(assessment?.updatedAt ?? '');
  const line = saved.date ? fill(copy.savedOn, { date: saved.date, time: saved.time }) : fill(copy.savedAt, { time: saved.time });
  return (
    <div class="save-status">
      <p role="status" class="save-status__line">
        {answered > 0 && (state === 'ok' ? line : copy.notSaved)}
      </p>
      {answered > 0 && (
        <p class="save-status__reminder">
          {copy.exportReminder} <a href={withBase('/checklist/')}>{copy.seeChecklist}</a>
        </p>
      )}
    </div>
  );
}
