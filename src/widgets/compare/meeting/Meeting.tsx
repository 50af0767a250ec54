// The partners' meeting, on one screen for everyone in the room: the setup, then one question at
// a time, then the end with the joint assessment and the record. Loaded only when a meeting
// starts or resumes. Shortcuts act only while focus is inside the meeting, and none is a bare
// character key (WCAG 2.1.4): Page Down and Page Up, which presentation clickers send, move
// between questions; Ctrl+Enter (⌘+Enter on a Mac) reveals the answers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { meeting as copy } from '../../../../content/ui/meeting.json';
import type { ComparedRow } from '../../../lib/compare.ts';
import { discussedCount, isDiscussed, newMeeting } from '../../../lib/meeting.ts';
import { meetingRecord } from '../../../lib/meeting-record.ts';
import type { Assessment, QuestionBank } from '../../../lib/model.ts';
import { fill } from '../../../lib/text.ts';
import { $meeting, $meetingProblem, $meetingUnsaved, beginMeeting, goTo, openMeeting, setItem } from '../../../stores/meeting.ts';
import { download } from '../../common/download.ts';
import { letterName } from '../comparison-text.ts';
import { MeetingEnd } from './MeetingEnd.tsx';
import { MeetingQuestion } from './MeetingQuestion.tsx';
import { MeetingRecordView } from './MeetingRecordView.tsx';
import { MeetingSetup } from './MeetingSetup.tsx';

export interface MeetingProps {
  mode: 'new' | 'resume';
  bank: QuestionBank;
  steps: { step: number; title: string }[];
  sourceNames: Record<string, string>;
  /** For a new meeting: the comparison's rows and the partners' files with their names as shown. */
  rows: ComparedRow[];
  files: { assessment: Assessment; name: string }[];
  /** The comparison's choice to hide names, which a new meeting takes, and a way to change it. */
  hideNames: boolean;
  onHideNames: (hide: boolean) => void;
  /** Back to the comparison; `ended` when the meeting was ended. */
  onLeave: (ended: boolean) => void;
}

export default function Meeting({ mode, bank, steps, sourceNames, rows, files, hideNames, onHideNames, onLeave }: MeetingProps) {
  const meeting = useStore($meeting);
  const problem = useStore($meetingProblem);
  const unsaved = useStore($meetingUnsaved);
  const [setup, setSetup] = useState(mode === 'new');
  const [failed, setFailed] = useState(false);
  const region = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const answers = useRef<HTMLHeadingElement>(null);
  // What takes focus after the next render: the question (moved to one), or its answers (revealed).
  const [focus, setFocus] = useState<'question' | 'answers' | 'region'>('region');

  useEffect(() => {
    openMeeting();
  }, []);
  useEffect(() => {
    const target =
      focus === 'question'
        ? (heading.current ?? region.current?.querySelector<HTMLElement>('#meeting-end-heading'))
        : focus === 'answers'
          ? answers.current
          : region.current;
    target?.focus({ preventScroll: true });
    // A projector shows the top of the meeting, not wherever the page was scrolled to; once
    // revealed, the answers (below the bar that stays in view).
    (focus === 'answers' ? target : region.current)?.scrollIntoView({ block: 'start' });
  }, [focus, meeting?.current, setup]);

  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const total = meeting?.questions.length ?? 0;
  const index = meeting?.current ?? 0;
  const id = meeting?.questions[index];
  const question = id ? byId.get(id) : undefined;

  const move = (to: number) => {
    if (!meeting || to < 0 || to > total) return;
    goTo(to);
    setFocus('question');
  };
  const reveal = () => {
    if (!id || meeting?.items[id]?.revealed) return;
    setItem(id, { revealed: true });
    setFocus('answers');
  };
  const begin = () => {
    const started = newMeeting({ rows, files, hideNames, bankVersion: bank.version, now: new Date() });
    if (!beginMeeting(started)) {
      setFailed(true);
      return;
    }
    setSetup(false);
    setFocus('question');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (setup || !meeting) return;
    const target = event.target as HTMLElement;
    // Lists and date fields use Page Up and Page Down themselves.
    if (target.matches('select, input[type="date"]')) return;
    if (event.key === 'PageDown') move(index + 1);
    else if (event.key === 'PageUp') move(index - 1);
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) reveal();
    else return;
    event.preventDefault();
  };

  const title = meeting?.place ? fill(copy.headingFor, { place: meeting.place }) : copy.heading;
  const record = meeting && meetingRecord(meeting, bank.questions, letterName);
  const discussed = meeting ? discussedCount(meeting) : 0;

  return (
    <section class="meeting" aria-labelledby="meeting-heading" ref={region} tabIndex={-1} onKeyDown={onKeyDown}>
      <div class="meeting__bar print-hidden">
        <h2 id="meeting-heading" class="meeting__title">
          {setup ? copy.heading : title}
        </h2>
        {meeting && !setup && (
          <>
            <p class="meeting__progress">
              <strong>{fill(copy.progress, { discussed, total })}</strong>
              <progress max={total || 1} value={discussed} aria-hidden="true" />
              {index < total && <span>{fill(copy.position, { n: index + 1, total })}</span>}
            </p>
            <div class="meeting__nav">
              {/* No greyed-out Back on the first question: GOV.UK leaves out a button that cannot act. */}
              {index > 0 && (
                <button type="button" class="button button--secondary" onClick={() => move(index - 1)}>
                  {copy.back}
                </button>
              )}
              {index < total && (
                <button type="button" class="button button--secondary" onClick={() => move(index + 1)}>
                  {index === total - 1 ? copy.toEnd : isDiscussed(meeting.items[id!]) ? copy.next : copy.skip}
                </button>
              )}
              <button type="button" class="button button--secondary" onClick={() => onLeave(false)}>
                {copy.leave}
              </button>
            </div>
            <div class="meeting__keys">
              <p class="meeting__keys-heading">{copy.keysHeading}</p>
              <ul>
                {(['next', 'back', 'reveal'] as const).map((key) => (
                  <li key={key}>
                    <kbd>{copy.keys[key]}</kbd> {copy.keyActions[key]}
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
        {(setup || !meeting) && (
          <button type="button" class="button button--secondary" onClick={() => onLeave(false)}>
            {copy.leave}
          </button>
        )}
      </div>

      {unsaved && (
        <p role="alert" class="notice notice--warning print-hidden">
          {copy.unsaved}
        </p>
      )}

      {setup ? (
        <MeetingSetup
          rows={rows}
          hideNames={hideNames}
          onHideNames={onHideNames}
          phases={files.map((f) => f.assessment.phase)}
          failed={failed}
          onBegin={begin}
        />
      ) : !meeting ? (
        <div class="notice notice--warning">
          <p>{problem ? copy.problem : copy.gone}</p>
          {problem && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => download('meeting-kept-on-this-device.json', problem.raw, 'application/json')}
            >
              {copy.downloadProblem}
            </button>
          )}
        </div>
      ) : index >= total ? (
        <MeetingEnd meeting={meeting} record={record!} onEnded={() => onLeave(true)} />
      ) : (
        <>
          <div class="meeting__screen print-hidden">
            {question ? (
              <MeetingQuestion
                meeting={meeting}
                question={question}
                stepTitle={steps.find((s) => s.step === question.step)?.title ?? ''}
                sourceName={question.source ? sourceNames[question.source] : undefined}
                headingRef={heading}
                answersRef={answers}
                onReveal={reveal}
              />
            ) : (
              <p class="notice" tabIndex={-1}>
                {copy.unknownQuestion}
              </p>
            )}
          </div>
          {/* Printing mid-meeting prints the record so far, never the question on screen. */}
          <div class="print-only meeting__print">
            <MeetingRecordView record={record!} />
          </div>
        </>
      )}
    </section>
  );
}
