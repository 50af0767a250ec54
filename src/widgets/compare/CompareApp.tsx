// The compare page's island: add partners' files, then see a question-by-question grid with
// what to talk about first. Files are read in the browser only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { importer as importCopy } from '../../../content/ui/checklist.json';
import { roles as roleNames, site as siteCopy } from '../../../content/ui/common.json';
import { offlineFile } from '../../../content/site.json';
import { LIMITS, type QuestionBank } from '../../lib/model.ts';
import { formatDate, localDateStamp } from '../../lib/dates.ts';
import { compare, partnerLetter } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import {
  $hideNames,
  $keepFailed,
  $keepFiles,
  $partners,
  addPartners,
  clearPartners,
  removePartner,
  setHideNames,
  setKeepFiles,
  setLabel,
  type PartnerFile,
} from '../../stores/compare.ts';
import { problemMessage } from '../common/import-messages.ts';
import { loadPart } from '../common/load-part.ts';
import { OutOfDateNotice } from '../common/OutOfDateNotice.tsx';
import { download } from '../common/download.ts';
import { CompareResults, type Column } from './CompareResults.tsx';
import { gridCsv } from './grid-csv.ts';

interface Props {
  bank: QuestionBank;
  steps: { step: number; title: string }[];
}

/** Copy for one thing or several: "1 file", "3 files". */
const counted = (forms: { one: string; other: string }, count: number) => fill(count === 1 ? forms.one : forms.other, { count });

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

/** "Partner A", "Partner B", … */
const letterName = (index: number) => fill(copy.partner, { letter: partnerLetter(index) });

/** A partner's name as shown: their label, or "Partner A" when names are hidden or the label is empty. */
export function partnerName(partner: PartnerFile, index: number, hide: boolean): string {
  const label = partner.label.trim();
  return hide || !label ? letterName(index) : label;
}

const FILE_INPUT = 'compare-files';
const removeId = (index: number) => `compare-remove-${index}`;

export default function CompareApp({ bank, steps }: Props) {
  const partners = useStore($partners);
  const hideNames = useStore($hideNames);
  const keep = useStore($keepFiles);
  const keepFailed = useStore($keepFailed);
  const [scripted, setScripted] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  // Where focus goes once the list has re-rendered: a removed partner's button is gone.
  const [focusTarget, setFocusTarget] = useState<string>();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // The validator loads only when a file arrives.
    const { readExportFile } = await loadPart(() => import('../../lib/import-file.ts'));
    const known = new Set(bank.questions.map((q) => q.id));
    const refused: string[] = [];
    const accepted: PartnerFile[] = [];
    for (const file of files) {
      const result = await readExportFile(file, known);
      if (!result.ok) {
        refused.push(fill(importCopy.refused, { file: file.name, message: problemMessage(result.problem) }));
        continue;
      }
      const { assessment } = result;
      accepted.push({
        fileName: file.name,
        label: [roleNames[assessment.perspective], assessment.place].filter(Boolean).join(', '),
        assessment,
        questions: result.bank?.questions ?? bank.questions.map(({ id, prompt }) => ({ id, prompt })),
      });
    }
    const arrivals = addPartners(accepted);
    // Names as they are after the files are placed, so a replaced file is named as before.
    const list = $partners.get();
    const nameOf = (file: PartnerFile) => {
      const index = list.findIndex((p) => p.assessment.id === file.assessment.id);
      return partnerName(list[index] ?? file, Math.max(index, 0), $hideNames.get());
    };
    const news: string[] = [];
    const added = arrivals.filter((a) => a.arrival === 'added').length;
    if (added) news.push(counted(copy.added, added));
    for (const { file, arrival, previous } of arrivals) {
      if (arrival === 'replaced') news.push(fill(copy.replaced, { name: nameOf(file), date: formatDate(previous!.assessment.updatedAt), newDate: formatDate(file.assessment.updatedAt) }));
      if (arrival === 'duplicate') refused.push(fill(copy.duplicate, { file: file.fileName, name: nameOf(file) }));
      if (arrival === 'older') refused.push(fill(copy.older, { file: file.fileName, name: nameOf(file) }));
    }
    setErrors(refused);
    setStatus(news.join(' '));
  };
  const addRef = useRef(addFiles);
  addRef.current = addFiles;

  // Files dropped anywhere on the page are added; the browser must never open one in the page's
  // place, which would lose files that are not kept.
  useEffect(() => {
    if (!scripted) return;
    const area = () => root.current?.closest('article, main') ?? document.body;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const inArea = (target: EventTarget | null) => target instanceof Node && area().contains(target);
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (hasFiles(e)) depth += 1;
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const inside = inArea(e.target);
      e.dataTransfer!.dropEffect = inside ? 'copy' : 'none';
      setDragging(inside);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (inArea(e.target)) void addRef.current([...e.dataTransfer!.files]);
    };
    const events = { dragenter: onEnter, dragleave: onLeave, dragover: onOver, drop: onDrop };
    for (const [name, handler] of Object.entries(events)) window.addEventListener(name, handler as EventListener);
    return () => {
      for (const [name, handler] of Object.entries(events)) window.removeEventListener(name, handler as EventListener);
    };
  }, [scripted]);

  if (!scripted) {
    return (
      <p class="notice">
        <span data-file-mode-text={copy.fileMode}>{copy.noScript}</span>{' '}
        <a href={withBase(`/${offlineFile}`)} data-file-mode hidden>{siteCopy.fileModeDownload}</a>
      </p>
    );
  }

  const names = partners.map((p, i) => partnerName(p, i, hideNames));
  const columns: Column[] = partners.map((p, i) => ({
    name: names[i]!,
    role: roleNames[p.assessment.perspective],
    lettered: names[i] === letterName(i),
  }));
  const comparison = partners.length > 0
    ? compare(
        bank.questions,
        partners.map((p) => ({ assessment: p.assessment, questionIds: p.questions.map((q) => q.id) })),
        new Map(partners.flatMap((p) => p.questions.map((q) => [q.id, q.prompt] as const))),
      )
    : undefined;

  const remove = (index: number) => {
    removePartner(partners[index]!.assessment.id);
    const left = partners.length - 1;
    setErrors([]);
    setStatus(fill(copy.removed, { name: names[index]! }));
    setFocusTarget(left === 0 ? FILE_INPUT : removeId(Math.min(index, left - 1)));
  };
  const clearAll = () => {
    clearPartners();
    setConfirmClear(false);
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
          <p class="drop-zone__text" aria-hidden="true">{copy.drop}</p>
        </div>
        <div role="alert" class="compare-errors">
          {errors.length > 0 && (
            <ul>
              {errors.map((e) => <li key={e}>{e}</li>)}
            </ul>
          )}
        </div>
        <p role="status" class="compare-status">{[status, keepFailed ? copy.keepFailed : ''].filter(Boolean).join(' ')}</p>
      </section>

      {partners.length === 0 ? (
        <p class="compare-empty">{copy.empty}</p>
      ) : (
        <section class="compare-partners" aria-labelledby="compare-partners-heading">
          <h2 id="compare-partners-heading">{copy.partnersHeading}</h2>
          <ol class="partner-list" aria-labelledby="compare-partners-heading">
            {partners.map((p, i) => (
              <li key={p.assessment.id} class="partner-card">
                <h3 class="partner-card__title">{letterName(i)}</h3>
                <p>{fill(copy.answeredAs, { role: columns[i]!.role })}</p>
                {!hideNames && (
                  <div class="field partner-card__label print-hidden">
                    <label for={`compare-label-${i}`}>
                      {copy.labelField}
                      <span class="visually-hidden"> {fill(copy.labelFor, { name: letterName(i) })}</span>
                    </label>
                    <input id={`compare-label-${i}`} type="text" maxLength={LIMITS.name} value={p.label} onInput={(e) => setLabel(p.assessment.id, e.currentTarget.value)} />
                  </div>
                )}
                {!hideNames && <p class="print-only partner-card__name">{names[i]}</p>}
                <p class="partner-card__meta">
                  {counted(copy.answers, Object.values(p.assessment.answers).filter((a) => a.value).length)}
                  {!hideNames && p.fileName && <> · {p.fileName}</>}
                </p>
                <button type="button" id={removeId(i)} class="button button--secondary" onClick={() => remove(i)}>
                  {copy.remove}
                  <span class="visually-hidden"> {names[i]}</span>
                </button>
              </li>
            ))}
          </ol>
          <div class="compare-options print-hidden">
            <div class="choice-with-hint">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={hideNames}
                  aria-describedby="hide-names-hint"
                  onChange={(e) => {
                    const hide = e.currentTarget.checked;
                    setHideNames(hide);
                    // Messages may name files or partners.
                    if (hide) {
                      setErrors([]);
                      setStatus('');
                    }
                  }}
                />
                <span>{copy.hideNames}</span>
              </label>
              <p class="field__hint" id="hide-names-hint">{copy.hideNamesHint}</p>
            </div>
            <div class="choice-with-hint">
              <label class="choice">
                <input type="checkbox" checked={keep} aria-describedby="keep-hint" onChange={(e) => setKeepFiles(e.currentTarget.checked)} />
                <span>{copy.keep}</span>
              </label>
              <p class="field__hint" id="keep-hint">{copy.keepHint}</p>
            </div>
            {confirmClear ? (
              <div role="alertdialog" aria-labelledby="compare-clear-text" class="notice notice--warning compare-confirm">
                <p id="compare-clear-text">{counted(copy.confirmClear, partners.length)}</p>
                <div class="button-row">
                  <button type="button" class="button button--warning" onClick={clearAll}>{copy.confirmClearButton}</button>
                  <button
                    type="button"
                    id="compare-clear-cancel"
                    class="button button--secondary"
                    onClick={() => {
                      setConfirmClear(false);
                      setFocusTarget('compare-clear');
                    }}
                  >
                    {copy.cancel}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                id="compare-clear"
                class="button button--secondary"
                onClick={() => {
                  if (!keep) return clearAll();
                  setConfirmClear(true);
                  setFocusTarget('compare-clear-cancel');
                }}
              >
                {copy.clear}
              </button>
            )}
          </div>
        </section>
      )}

      {comparison && partners.length < 2 && <p class="notice">{copy.needTwo}</p>}
      {comparison && partners.length >= 2 && (
        <>
          <div class="button-row print-hidden">
            <button type="button" class="button" onClick={() => window.print()}>{copy.print}</button>
            {comparison.rows.length > 0 && (
              <button
                type="button"
                class="button button--secondary"
                onClick={() => download(`partners-comparison-${localDateStamp()}.csv`, gridCsv(comparison, columns, !hideNames), 'text/csv;charset=utf-8')}
              >
                {copy.exportCsv}
              </button>
            )}
          </div>
          <CompareResults comparison={comparison} columns={columns} showNotes={!hideNames} steps={steps} />
        </>
      )}
    </div>
  );
}
