// The compare page's island: add partners' files, then see a question-by-question grid with
// what to talk about first. Files are read in the browser only.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { importer as importCopy } from '../../../content/ui/checklist.json';
import { roles as roleNames, site as siteCopy } from '../../../content/ui/common.json';
import type { QuestionBank } from '../../lib/model.ts';
import { compare, partnerLetter } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import {
  $hideNames,
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
import { download } from '../checklist/download.ts';
import { CompareResults, type Column } from './CompareResults.tsx';
import { gridCsv } from './grid-csv.ts';

interface Props {
  bank: QuestionBank;
  steps: { step: number; title: string }[];
}

/** A date as the reader would write it, e.g. 20 November 2026. */
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

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

export default function CompareApp({ bank, steps }: Props) {
  const partners = useStore($partners);
  const hideNames = useStore($hideNames);
  const keep = useStore($keepFiles);
  const [scripted, setScripted] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  useEffect(() => setScripted(true), []);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // The validator loads only when a file arrives.
    const { readExportFile } = await import('../../lib/import-file.ts');
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
      if (arrival === 'replaced') news.push(fill(copy.replaced, { name: nameOf(file), date: longDate(previous!.assessment.updatedAt), newDate: longDate(file.assessment.updatedAt) }));
      if (arrival === 'duplicate') refused.push(fill(copy.duplicate, { file: file.fileName, name: nameOf(file) }));
      if (arrival === 'older') refused.push(fill(copy.older, { file: file.fileName, name: nameOf(file) }));
    }
    setErrors(refused);
    setStatus(news.join(' '));
  };
  if (!scripted) {
    return (
      <p class="notice">
        <span data-file-mode-text={copy.fileMode}>{copy.noScript}</span>{' '}
        <a href={withBase('/secondment-guide-offline.html')} data-file-mode hidden>{siteCopy.fileModeDownload}</a>
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
    setErrors([]);
    setStatus(fill(copy.removed, { name: names[index]! }));
  };
  const clearAll = () => {
    clearPartners();
    setErrors([]);
    setStatus(copy.cleared);
  };

  return (
    <div class="compare-app">
      <section class="compare-add print-hidden" aria-labelledby="compare-add-heading">
        <h2 id="compare-add-heading">{copy.addHeading}</h2>
        <p class="compare-add__privacy">{copy.privacy}</p>
        <div
          class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
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
        <p role="status" class="compare-status">{status}</p>
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
                    <input id={`compare-label-${i}`} type="text" maxLength={80} value={p.label} onInput={(e) => setLabel(p.assessment.id, e.currentTarget.value)} />
                  </div>
                )}
                {!hideNames && <p class="print-only partner-card__name">{names[i]}</p>}
                <p class="partner-card__meta">
                  {counted(copy.answers, Object.values(p.assessment.answers).filter((a) => a.value).length)}
                  {!hideNames && p.fileName && <> · {p.fileName}</>}
                </p>
                <button type="button" class="button button--secondary" onClick={() => remove(i)}>
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
            <button type="button" class="button button--secondary" onClick={clearAll}>
              {copy.clear}
            </button>
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
                onClick={() => download(`partners-comparison-${new Date().toISOString().slice(0, 10)}.csv`, gridCsv(comparison, columns, !hideNames), 'text/csv;charset=utf-8')}
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
