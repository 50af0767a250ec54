// The comparison itself: a summary, what to talk about first, and the grid by step.
import { site as siteCopy } from '../../../content/ui/common.json';
import { assessment as assessmentCopy } from '../../../content/ui/assessment.json';
import { compare as copy } from '../../../content/ui/compare.json';
import type { Cell, ComparedRow, Comparison } from '../../lib/compare.ts';
import { listText } from '../../lib/language.ts';
import { fill } from '../../lib/text.ts';
import { agreementText, answerWords, columnName, isOutsideRole, type Column } from './comparison-text.ts';

/** A symbol for each answer, beside the word, so answers never rest on colour. */
const SYMBOLS: Record<Cell['answer'], string> = { yes: '✓', partly: '◐', no: '✗', unknown: '?', none: '–', 'not-asked': '·' };

function CellView({ cell, showNote }: { cell: Cell; showNote: boolean }) {
  // The symbol and the first word stay on one line; the rest may wrap, so narrow columns still fit.
  const [first, ...rest] = answerWords(cell).split(' ');
  return (
    <span class={`answer answer--${cell.answer}`}>
      <span class="answer__lead">
        <span class="answer__symbol" aria-hidden="true">{SYMBOLS[cell.answer]}</span> {first}
      </span>
      {rest.length > 0 && ` ${rest.join(' ')}`}
      {isOutsideRole(cell) && <span class="answer__aside"> ({copy.outsideRole})</span>}
      {showNote && cell.note && <span class="answer__note">{cell.note}</span>}
    </span>
  );
}

function Grid({ rows, columns, showNotes, caption }: { rows: ComparedRow[]; columns: Column[]; showNotes: boolean; caption: string }) {
  return (
    <div class="grid-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="compare-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.question}</th>
            <th scope="col">{copy.agreement}</th>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column.name}
                {column.lettered && <span class="compare-grid__role"> {column.role}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.question.id} data-agreement={row.agreement}>
              <th scope="row">
                {row.question.prompt}
                {row.question.essential && <strong class="tag tag--essential">{assessmentCopy.essential}</strong>}
              </th>
              <td class="compare-grid__agreement">
                {agreementText(row)}
                {row.agreement !== 'unanswered' && row.answered < columns.length && (
                  <span class="compare-grid__answered">{fill(copy.answeredOf, { answered: row.answered, total: columns.length })}</span>
                )}
              </td>
              {row.cells.map((cell, i) => (
                <td key={i}>
                  {/* On narrow screens the grid becomes one card per question, and each answer names its partner. */}
                  <span class="compare-grid__who">{columnName(columns[i]!)}: </span>
                  <CellView cell={cell} showNote={showNotes} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Props {
  comparison: Comparison;
  columns: Column[];
  /** Notes may name a partner, so they are left out when names are hidden. */
  showNotes: boolean;
  steps: { step: number; title: string }[];
}

export function CompareResults({ comparison, columns, showNotes, steps }: Props) {
  const { rows, summary, notShared } = comparison;
  const disagreements = rows.filter((r) => r.agreement === 'disagree');
  const agreed = summary['agreed-gap'] + summary['agreed-ready'];
  const partnersOf = (indexes: number[]) => listText(indexes.map((i) => columnName(columns[i]!)));
  return (
    <div class="compare-results">
      {rows.length === 0 ? (
        <p class="notice compare-results__none">{copy.noShared}</p>
      ) : (
        <>
          <section aria-labelledby="compare-summary-heading">
            <h2 id="compare-summary-heading">{copy.summaryHeading}</h2>
            <dl class="compare-summary">
              <div><dt>{copy.disagreements}</dt><dd>{summary.disagree}</dd></div>
              <div><dt>{copy.unanswered}</dt><dd>{summary.unanswered}</dd></div>
              <div><dt>{copy.agreedGaps}</dt><dd>{summary['agreed-gap']}</dd></div>
              <div><dt>{copy.agreedReady}</dt><dd>{summary['agreed-ready']}</dd></div>
            </dl>
          </section>

          <section aria-labelledby="compare-discuss-heading" class="compare-discuss">
            <h2 id="compare-discuss-heading">{copy.discussHeading}</h2>
            {disagreements.length === 0 ? (
              <p>{agreed > 0 ? copy.noDisagreements : copy.nothingToCompare}</p>
            ) : (
              <>
                <p>{copy.discussIntro}</p>
                <ol class="discuss-list">
                  {disagreements.map((row) => (
                    <li key={row.question.id} class="discuss-item">
                      <p class="discuss-item__prompt">{row.question.prompt}</p>
                      <p class="discuss-item__answers-label">{copy.answersLabel}</p>
                      <ul class="discuss-item__answers">
                        {row.cells.map((cell, i) => (
                          <li key={i}>
                            {columnName(columns[i]!)}: <CellView cell={cell} showNote={showNotes} />
                          </li>
                        ))}
                      </ul>
                      <p class="discuss-item__question"><strong>{copy.discuss}</strong> {row.question.discuss}</p>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>

          <section aria-labelledby="compare-grid-heading" class="compare-grids">
            <h2 id="compare-grid-heading">{copy.gridHeading}</h2>
            <p>{copy.gridIntro}</p>
            {steps.map((s) => {
              const stepRows = rows.filter((r) => r.question.step === s.step);
              return stepRows.length ? (
                <Grid key={s.step} rows={stepRows} columns={columns} showNotes={showNotes} caption={`${fill(siteCopy.stepLabel, { n: s.step })}: ${s.title}`} />
              ) : null;
            })}
          </section>
        </>
      )}

      {notShared.length > 0 && (
        <section aria-labelledby="compare-not-shared-heading">
          <h2 id="compare-not-shared-heading">{copy.notSharedHeading}</h2>
          <p>{rows.length === 0 ? copy.noSharedIntro : copy.notSharedIntro}</p>
          <ul>
            {notShared.map((q) => (
              <li key={q.id}>
                {q.prompt} ({fill(copy.inFiles, { partners: partnersOf(q.partners) })})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
