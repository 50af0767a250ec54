// The compare page's island: add partners' files, then see a question-by-question grid with
// what to talk about first. Files are read in the browser only.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { importer as importCopy } from '../../../content/ui/checklist.json';
import { roles as roleNames, site as siteCopy } from '../../../content/ui/common.json';
import type { QuestionBank } from '../../lib/model.ts';
import { compare, partnerLetter } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';
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
import { CompareResults } from './CompareResults.tsx';
import { gridCsv } from './grid-csv.ts';

interface Props {
  bank: QuestionBank;
  steps: { step: number; title: string }[];
}

/** A partner's name as shown: their label, or only a letter when names are hidden. */
export function partnerName(partner: PartnerFile, index: number, hide: boolean): string {
  return hide ? fill(copy.partner, { letter: partnerLetter(index) }) : partner.label;
}

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
    const accepted: Omit<PartnerFile, 'key'>[] = [];
    for (const file of files) {
      const result = await readExportFile(file, known);
      if (!result.ok) {
        refused.push(fill(importCopy.refused, { file: file.name, message: problemMessage(result.problem) }));
        continue;
      }
      const { assessment } = result;
      const already = [...$partners.get(), ...accepted].some(
        (p) => p.assessment.id === assessment.id && p.assessment.updatedAt === assessment.updatedAt,
      );
      if (already) {
        refused.push(fill(copy.duplicate, { file: file.name }));
        continue;
      }
      accepted.push({
        fileName: file.name,
        label: [roleNames[assessment.perspective], assessment.place].filter(Boolean).join(', '),
        assessment,
        questions: result.bank?.questions ?? bank.questions.map(({ id, prompt }) => ({ id, prompt })),
      });
    }
    if (accepted.length) addPartners(accepted);
    setErrors(refused);
    setStatus(accepted.length ? fill(copy.added, { count: accepted.length }) : '');
  };

  if (!scripted) return <p class="notice" data-file-mode-text={siteCopy.fileMode}>{copy.noScript}</p>;

  const names = partners.map((p, i) => partnerName(p, i, hideNames));
  const comparison = partners.length > 0
    ? compare(
        bank.questions,
        partners.map((p) => ({ assessment: p.assessment, questionIds: p.questions.map((q) => q.id) })),
        new Map(partners.flatMap((p) => p.questions.map((q) => [q.id, q.prompt] as const))),
      )
    : undefined;

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
            <label for="compare-files">{copy.add}</label>
            <p class="field__hint" id="compare-files-hint">{copy.addHint}</p>
            <input
              id="compare-files"
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
          <div class="grid-scroll" role="region" aria-label={copy.partnersTable} tabIndex={0}>
            <table class="compare-partners__table">
              <thead>
                <tr>
                  <th scope="col">{copy.partnerColumn}</th>
                  {!hideNames && <th scope="col">{copy.roleColumn}</th>}
                  <th scope="col">{copy.answeredColumn}</th>
                  <th scope="col" class="print-hidden"><span class="visually-hidden">{copy.remove}</span></th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p, i) => (
                  <tr key={p.key}>
                    <td>
                      {hideNames ? (
                        names[i]
                      ) : (
                        <>
                          <label class="visually-hidden" for={`label-${p.key}`}>{fill(copy.label, { name: `${partnerLetter(i)}` })}</label>
                          <input
                            id={`label-${p.key}`}
                            class="compare-partners__label print-hidden"
                            type="text"
                            maxLength={80}
                            value={p.label}
                            onInput={(e) => setLabel(p.key, e.currentTarget.value)}
                          />
                          <span class="print-only">{p.label}</span>
                        </>
                      )}
                    </td>
                    {!hideNames && <td>{roleNames[p.assessment.perspective]}</td>}
                    <td>{Object.values(p.assessment.answers).filter((a) => a.value).length}</td>
                    <td class="print-hidden">
                      <button type="button" class="button button--secondary" onClick={() => removePartner(p.key)}>
                        {copy.remove}
                        <span class="visually-hidden"> {names[i]}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="compare-options print-hidden">
            <div class="choice-with-hint">
              <label class="choice">
                <input type="checkbox" checked={hideNames} aria-describedby="hide-names-hint" onChange={(e) => setHideNames(e.currentTarget.checked)} />
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
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                clearPartners();
                setErrors([]);
                setStatus(copy.cleared);
              }}
            >
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
            <button
              type="button"
              class="button button--secondary"
              onClick={() => download(`partners-comparison-${new Date().toISOString().slice(0, 10)}.csv`, gridCsv(comparison, names), 'text/csv;charset=utf-8')}
            >
              {copy.exportCsv}
            </button>
          </div>
          <CompareResults comparison={comparison} names={names} steps={steps} />
        </>
      )}
    </div>
  );
}
