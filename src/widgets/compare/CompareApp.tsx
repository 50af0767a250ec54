// The compare page's island: add partners' files, then see a question-by-question grid with
// what to talk about first, or run the partners' meeting. Files are read in the browser only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren, ComponentType } from 'preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { roles as roleNames, site as siteCopy } from '../../../content/ui/common.json';
import { offlineFile } from '../../../content/site.json';
import type { QuestionBank } from '../../lib/model.ts';
import { formatDate } from '../../lib/dates.ts';
import { compare } from '../../lib/compare.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import { $hideNames, $keepFailed, $partners, addPartners, clearPartners, removePartner, setHideNames, type PartnerFile } from '../../stores/compare.ts';
import { loadPart } from '../common/load-part.ts';
import { OutOfDateNotice } from '../common/OutOfDateNotice.tsx';
import { usePart } from '../common/use-part.ts';
import { partnerNames, type Column } from './comparison-text.ts';
import { PartnerList, removeButtonId } from './PartnerList.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { MEETING_RESUME, MEETING_START, MeetingStart, type Fairness } from './MeetingStart.tsx';
import type { MeetingProps } from './meeting/Meeting.tsx';

interface Props {
  bank: QuestionBank;
  steps: { step: number; title: string }[];
  sourceNames: Record<string, string>;
  fairness: Fairness;
}

/** Copy with a {link} placeholder, the link put in its place. */
function withLink(template: string, link: ComponentChildren) {
  const [before, after] = template.split('{link}');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

const FILE_INPUT = 'compare-files';

/** Saves the grid as CSV; the CSV code loads on the first click. */
async function exportGrid(...args: Parameters<typeof import('./grid-csv.ts').saveGridCsv>) {
  const { saveGridCsv } = await loadPart(() => import('./grid-csv.ts'));
  saveGridCsv(...args);
}

export default function CompareApp({ bank, steps, sourceNames, fairness }: Props) {
  const partners = useStore($partners);
  const hideNames = useStore($hideNames);
  const keepFailed = useStore($keepFailed);
  const [scripted, setScripted] = useState(false);
  // The grid loads once there are two partners to compare: a reader who has added none never needs it.
  const CompareResults = usePart(partners.length >= 2, () => import('./CompareResults.tsx').then((part) => part.CompareResults));
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // Where focus goes once the list has re-rendered: a removed partner's button is gone.
  const [focusTarget, setFocusTarget] = useState<string>();
  // The meeting's view, once its code has loaded, and whether it starts anew or resumes.
  const [meeting, setMeeting] = useState<{ View: ComponentType<MeetingProps>; mode: MeetingProps['mode'] }>();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // The validator and its messages load only when a file arrives.
    const { readPartnerFiles } = await loadPart(() => import('./read-partner-files.ts'));
    const { accepted, refused } = await readPartnerFiles(files, bank);
    const arrivals = addPartners(accepted);
    // Names as they are after the files are placed, so a replaced file is named as before.
    const list = $partners.get();
    const listNames = partnerNames(list, $hideNames.get());
    const nameOf = (file: PartnerFile) => {
      const index = list.findIndex((p) => p.assessment.id === file.assessment.id);
      return listNames[index] ?? partnerNames([file], $hideNames.get())[0]!;
    };
    const news: string[] = [];
    const added = arrivals.filter((a) => a.arrival === 'added').length;
    if (added) news.push(plural(copy.added, added));
    for (const { file, arrival, previous } of arrivals) {
      if (arrival === 'replaced')
        news.push(
          fill(copy.replaced, { name: nameOf(file), date: formatDate(previous!.assessment.updatedAt), newDate: formatDate(file.assessment.updatedAt) }),
        );
      if (arrival === 'duplicate') refused.push(fill(copy.duplicate, { file: file.fileName, name: nameOf(file) }));
      if (arrival === 'older') refused.push(fill(copy.older, { file: file.fileName, name: nameOf(file) }));
    }
    setErrors(refused);
    setStatus(news.join(' '));
  };
  const dragging = useFileDrop(root, (files) => void addFiles(files));
  // Messages may name files or partners: hiding names, here or in another tab, clears them.
  useEffect(() => {
    if (!hideNames) return;
    setErrors([]);
    setStatus('');
  }, [hideNames]);

  if (!scripted) {
    return (
      <p class="notice">
        <span data-file-mode-text={copy.fileMode}>{copy.noScript}</span>{' '}
        <a href={withBase(`/${offlineFile}`)} data-file-mode hidden>
          {siteCopy.fileModeDownload}
        </a>
      </p>
    );
  }

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
    setErrors([]);
    setStatus('');
    setMeeting({ View, mode });
  };
  const leaveMeeting = (ended: boolean) => {
    setMeeting(undefined);
    setStatus(ended ? copy.meetingEnded : '');
    setFocusTarget(ended ? (canMeet ? MEETING_START : FILE_INPUT) : MEETING_RESUME);
  };

  if (meeting) {
    const { View, mode } = meeting;
    const shownNames = partnerNames(partners, false);
    return (
      <div class="compare-app" ref={root}>
        <OutOfDateNotice />
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
      </div>
    );
  }

  const remove = (index: number) => {
    removePartner(partners[index]!.assessment.id);
    const left = partners.length - 1;
    setErrors([]);
    setStatus(fill(copy.removed, { name: names[index]! }));
    setFocusTarget(left === 0 ? FILE_INPUT : removeButtonId(Math.min(index, left - 1)));
  };
  const clearAll = () => {
    clearPartners();
    setErrors([]);
    setStatus(copy.cleared);
    setFocusTarget(FILE_INPUT);
  };

  return (
    <div class="compare-app" ref={root}>
      <OutOfDateNotice />
      <section class="compare-add print-hidden" aria-labelledby="compare-add-heading">
        <h2 id="compare-add-heading">{copy.addHeading}</h2>
        <p class="compare-add__privacy">{copy.privacy}</p>
        <div class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
          <div class="field">
            <label for={FILE_INPUT}>{copy.add}</label>
            <p class="field__hint" id="compare-files-hint">
              {withLink(copy.addHint, <a href={withBase('/checklist/')}>{copy.addHintLink}</a>)}
            </p>
            <input
              id={FILE_INPUT}
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby="compare-files-hint"
              onChange={(e) => {
                const input = e.currentTarget;
                void addFiles([...(input.files ?? [])]).then(() => (input.value = ''));
              }}
            />
          </div>
          <p class="drop-zone__text" aria-hidden="true">
            {copy.drop}
          </p>
        </div>
        <div role="alert" class="compare-errors">
          {errors.length > 0 && (
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
        <p role="status" class="compare-status">
          {[status, keepFailed ? copy.keepFailed : ''].filter(Boolean).join(' ')}
        </p>
      </section>

      {partners.length === 0 ? (
        <p class="compare-empty">{copy.empty}</p>
      ) : (
        <PartnerList partners={partners} names={names} questions={bank.questions} onRemove={remove} onRemoveAll={clearAll} />
      )}

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
          {CompareResults && <CompareResults comparison={comparison} columns={columns} showNotes={!hideNames} steps={steps} />}
        </>
      )}
    </div>
  );
}
