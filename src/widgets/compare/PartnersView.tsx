// The compare page once there is something to show: the partners' files, the way into the
// meeting, the comparison itself, or the meeting in place of them all. Loaded when the first
// file arrives or a meeting is kept on this device, so a first visit carries none of it.
import type { ComponentType } from 'preact';
import { useStore } from '@nanostores/preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import type { QuestionBank } from '../../lib/model.ts';
import { compare } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';
import { $hideNames, $partners, clearPartners, removePartner, setHideNames } from '../../stores/compare.ts';
import { loadPart } from '../common/load-part.ts';
import { partnerNames, type Column } from './comparison-text.ts';
import { CompareResults } from './CompareResults.tsx';
import { PartnerList, removeButtonId } from './PartnerList.tsx';
import { MEETING_RESUME, MEETING_START, MeetingStart, type Fairness } from './MeetingStart.tsx';
import type { MeetingProps } from './meeting/Meeting.tsx';

/** The meeting's view, once its code has loaded, and whether it starts anew or resumes. */
export interface OpenMeeting {
  View: ComponentType<MeetingProps>;
  mode: MeetingProps['mode'];
}

interface Props {
  bank: QuestionBank;
  steps: { step: number; title: string }[];
  sourceNames: Record<string, string>;
  fairness: Fairness;
  meeting: OpenMeeting | undefined;
  onMeeting: (meeting: OpenMeeting | undefined) => void;
  /** Says what happened in the page's status line, clearing its list of refused files. */
  onStatus: (text: string) => void;
  /** Moves focus to an element once the page has re-rendered. */
  onFocus: (id: string) => void;
  /** The file input's id: focus goes there when no partner is left. */
  fileInput: string;
}

/** Saves the grid as CSV; the CSV code loads on the first click. */
async function exportGrid(...args: Parameters<typeof import('./grid-csv.ts').saveGridCsv>) {
  const { saveGridCsv } = await loadPart(() => import('./grid-csv.ts'));
  saveGridCsv(...args);
}

export function PartnersView({ bank, steps, sourceNames, fairness, meeting, onMeeting, onStatus, onFocus, fileInput }: Props) {
  const partners = useStore($partners);
  const hideNames = useStore($hideNames);

  const names = partnerNames(partners, hideNames);
  const columns: Column[] = partners.map((p, i) => ({ name: names[i]!, role: roleNames[p.assessment.perspective] }));
  const comparison =
    partners.length > 0
      ? compare(
          bank.questions,
          partners.map((p) => ({ assessment: p.assessment, questionIds: p.questions.map((q) => q.id) })),
          new Map(partners.flatMap((p) => p.questions.map((q) => [q.id, q.prompt] as const))),
        )
      : undefined;

  const canMeet = partners.length >= 2 && (comparison?.rows.length ?? 0) > 0;
  const openMeeting = async (mode: MeetingProps['mode']) => {
    // The meeting's code loads only when a meeting starts or resumes.
    const { default: View } = await loadPart(() => import('./meeting/Meeting.tsx'));
    onStatus('');
    onMeeting({ View, mode });
  };
  const leaveMeeting = (ended: boolean) => {
    onMeeting(undefined);
    onStatus(ended ? copy.meetingEnded : '');
    onFocus(ended ? (canMeet ? MEETING_START : fileInput) : MEETING_RESUME);
  };

  if (meeting) {
    const { View, mode } = meeting;
    const shownNames = partnerNames(partners, false);
    return (
      <View
        mode={mode}
        bank={bank}
        steps={steps}
        sourceNames={sourceNames}
        rows={comparison?.rows ?? []}
        files={partners.map((p, i) => ({ assessment: p.assessment, name: shownNames[i]! }))}
        hideNames={hideNames}
        onHideNames={setHideNames}
        onLeave={leaveMeeting}
      />
    );
  }

  const remove = (index: number) => {
    removePartner(partners[index]!.assessment.id);
    const left = partners.length - 1;
    onStatus(fill(copy.removed, { name: names[index]! }));
    onFocus(left === 0 ? fileInput : removeButtonId(Math.min(index, left - 1)));
  };
  const clearAll = () => {
    clearPartners();
    onStatus(copy.cleared);
    onFocus(fileInput);
  };

  return (
    <>
      {partners.length > 0 && <PartnerList partners={partners} names={names} questions={bank.questions} onRemove={remove} onRemoveAll={clearAll} />}
      {comparison && partners.length < 2 && <p class="notice">{copy.needTwo}</p>}
      <MeetingStart canStart={canMeet} fairness={fairness} onOpen={(mode) => void openMeeting(mode)} />
      {comparison && partners.length >= 2 && (
        <>
          <div class="button-row print-hidden">
            <button type="button" class="button" onClick={() => window.print()}>
              {copy.print}
            </button>
            {comparison.rows.length > 0 && (
              <button type="button" class="button button--secondary" onClick={() => void exportGrid(comparison, columns, !hideNames)}>
                {copy.exportCsv}
              </button>
            )}
          </div>
          <CompareResults comparison={comparison} columns={columns} showNotes={!hideNames} steps={steps} />
        </>
      )}
    </>
  );
}
