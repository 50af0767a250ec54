// The comparison itself: a summary, what to talk about first, and the grid by step.
import { answers as answerNames, site as siteCopy } from '../../../content/ui/common.json';
import { assessment as assessmentCopy } from '../../../content/ui/assessment.json';
import { compare as copy } from '../../../content/ui/compare.json';
import type { Cell, ComparedRow, Comparison } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';

/** A symbol for each answer, beside the word, so answers never rest on colour. */
const SYMBOLS: Record<Cell['answer'], string> = { yes: '✓', partly: '◐', no: '✗', unknown: '?', none: '–', 'not-asked': '·' };

/** An answer in words, as a cell shows it and the CSV exports it. */
export function cellText(cell: Cell): string {
  const words = cell.answer === 'not-asked' ? copy.notAsked : answerNames[cell.answer];
  return cell.outsideRole && cell.answer !== 'not-asked' ? `${words} (${copy.outsideRole})` : words;
}

/** How the partners' answers relate, in words, as the grid shows it and the CSV exports it. */
export function agreementText(row: ComparedRow): string {
  return row.agreement === 'unanswered' && row.answered === 1 ? copy.oneAnswer : copy.agreementNames[row.agreement];
}

function CellView({ cell }: { cell: Cell }) {
  const given = cell.answer !== 'none' && cell.answer !== 'not-asked';
  return (
    <span class={`answer answer--${cell.answer}`}>
      <span class="answer__symbol" aria-hidden="true">{SYMBOLS[cell.answer]}</span>{' '}
      {cell.answer === 'not-asked' ? copy.notAsked : answerNames[cell.answer]}
      {given && cell.outsideRole && <span class="answer__aside"> ({copy.outsideRole})</span>}
    </span>
  );
}

function Grid({ rows, names, caption }: { rows: ComparedRow[]; names: string[]; caption: string }) {
  return (
    <div class="grid-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="compare-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.question}</th>
            {names.map((name, i) => <th scope="col" key={i}>{name}</th>)}
            <th scope="col">{copy.agreement}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.question.id} data-agreement={row.agreement}>
              <th scope="row">
                {row.question.prompt}
                {row.question.essential && <strong class="tag tag--essential">{assessmentCopy.essential}</strong>}
              </th>
              {row.cells.map((cell, i) => <td key={i}><CellView cell={cell} /></td>)}
              <td class="compare-grid__agreement">{agreementText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CompareResults({ comparison, names, steps }: { comparison: Comparison; names: string[]; steps: { step: number; title: string }[] }) {
  const { rows, summary, notShared } = comparison;
  const disagreements = rows.filter((r) => r.agreement === 'disagree');
  return (
    <div class="compare-results">
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
        <p>{copy.discussIntro}</p>
        {disagreements.length === 0 ? (
          <p>{summary['agreed-gap'] + summary['agreed-ready'] > 0 ? copy.noDisagreements : copy.nothingToCompare}</p>
        ) : (
          <ol class="discuss-list">
            {disagreements.map((row) => (
              <li key={row.question.id} class="discuss-item">
                <p class="discuss-item__prompt">{row.question.prompt}</p>
                <p class="discuss-item__answers">
                  <span>{copy.answersLabel} </span>
                  {row.cells.map((cell, i) => (
                    <span key={i} class="discuss-item__answer">
                      {names[i]}: <CellView cell={cell} />
                      {i < row.cells.length - 1 ? '; ' : ''}
                    </span>
                  ))}
                </p>
                <p class="discuss-item__question"><strong>{copy.discuss}</strong> {row.question.discuss}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="compare-grid-heading">
        <h2 id="compare-grid-heading">{copy.gridHeading}</h2>
        <p>{copy.gridIntro}</p>
        {steps.map((s) => {
          const stepRows = rows.filter((r) => r.question.step === s.step);
          return stepRows.length ? <Grid key={s.step} rows={stepRows} names={names} caption={`${fill(siteCopy.stepLabel, { n: s.step })}: ${s.title}`} /> : null;
        })}
      </section>

      {notShared.length > 0 && (
        <section aria-labelledby="compare-not-shared-heading">
          <h2 id="compare-not-shared-heading">{copy.notSharedHeading}</h2>
          <p>{copy.notSharedIntro}</p>
          <ul>
            {notShared.map((q) => (
              <li key={q.id}>
                {q.prompt} ({fill(copy.inFiles, { partners: q.partners.map((i) => names[i]).join(', ') })})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
