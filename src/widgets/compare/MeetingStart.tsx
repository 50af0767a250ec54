// The way into the partners' meeting: why answers stay hidden until revealed, then Start, or
// Resume when a meeting is in progress on this device. The meeting's own code loads only when
// the reader starts or resumes it.
import { compare as copy } from '../../../content/ui/compare.json';
import { formatDate } from '../../lib/dates.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import { Confirmable } from '../common/Confirmable.tsx';
import { loadPart } from '../common/load-part.ts';
import { peekMeeting } from './meeting-peek.ts';

/** The source the fairness rule rests on, as Compare.astro checked it. */
export interface Fairness {
  source: string;
  name: string;
  section: string;
}

interface Props {
  /** Two or more files that share questions are loaded, so a new meeting can start. */
  canStart: boolean;
  fairness: Fairness;
  onOpen: (mode: 'new' | 'resume') => void;
}

/** The buttons that open the meeting, for focus on the way back from it. */
export const MEETING_START = 'meeting-start';
export const MEETING_RESUME = 'meeting-resume';

async function downloadText(raw: string) {
  const { download } = await loadPart(() => import('../common/download.ts'));
  download('meeting-kept-on-this-device.json', raw, 'application/json');
}

export function MeetingStart({ canStart, fairness, onOpen }: Props) {
  const stored = peekMeeting();
  if (stored.kind === 'none' && !canStart) return null;
  return (
    <section class="meeting-start print-hidden" aria-labelledby="meeting-start-heading">
      <h2 id="meeting-start-heading">{copy.meetingHeading}</h2>
      <p>{copy.meetingIntro}</p>
      <p class="meeting-start__fairness">
        {copy.fairness} (
        <a href={withBase(`/sources/${fairness.source}/`)}>
          {fairness.name}, “{fairness.section}”
        </a>
        )
      </p>
      {stored.kind === 'ok' && (
        <p class="meeting-start__progress">
          {fill(copy.meetingInProgress, { discussed: stored.discussed, total: stored.total, date: formatDate(stored.startedAt) })}
        </p>
      )}
      {stored.kind === 'unreadable' && <p class="notice notice--warning">{copy.meetingUnreadable}</p>}
      <div class="button-row">
        {stored.kind === 'ok' && (
          <button type="button" id={MEETING_RESUME} class="button" onClick={() => onOpen('resume')}>
            {copy.resumeMeeting}
          </button>
        )}
        {stored.kind === 'unreadable' && (
          <button type="button" class="button button--secondary" onClick={() => void downloadText(stored.raw)}>
            {copy.downloadMeeting}
          </button>
        )}
        {canStart &&
          (stored.kind === 'none' ? (
            <button type="button" id={MEETING_START} class="button" onClick={() => onOpen('new')}>
              {copy.startMeeting}
            </button>
          ) : (
            <Confirmable
              id="meeting-new"
              label={copy.newMeeting}
              confirmLabel={copy.confirmNewMeetingButton}
              cancelLabel={copy.cancel}
              message={copy.confirmNewMeeting}
              onConfirm={() => onOpen('new')}
              askFirst={stored.kind === 'ok'}
              focus="cancel"
            />
          ))}
      </div>
    </section>
  );
}
