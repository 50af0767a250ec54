// Partners and answers in the meeting's words: a partner is their name and role, or only
// "Partner A" when names are hidden, on screen, in print and in the record alike.
import { roles as roleNames } from '../../../../content/ui/common.json';
import type { Meeting } from '../../../lib/meeting.ts';
import { partnerText } from '../../../lib/meeting-record.ts';
import { letterName } from '../comparison-text.ts';

/** A partner of the meeting, as every part of it names them. */
export function meetingPartnerName(meeting: Pick<Meeting, 'hideNames' | 'partners'>, index: number): string {
  const partner = meeting.partners[index];
  if (!partner || meeting.hideNames || !partner.name) return letterName(index);
  return partnerText({ name: partner.name, role: partner.role }, roleNames);
}
