// The comparison itself: a summary, what to talk about first, and the grid by step.
import { site as siteCopy, tags as tagNames } from '../../../content/ui/common.json';
import { compare as copy } from '../../../content/ui/compare.json';
import { compareResults as resultsCopy } from '../../../content/ui/compare-results.json';
import { talkingPoints, type Agreement, type Cell, type ComparedRow, type Comparison } from '../../lib/compare.ts';
import { listText } from '../../lib/language.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { agreementText, answerWords, columnName, isOutsideRole, showsRole, type Column } from './comparison-text.ts';

/** A symbol for each answer, beside the word, so answers never rest on colour. */
const SYMBOLS: Record<Cell['answer'] | 'not-asked', string> = { yes: '✓', partly: '◐', no: '✗', unknown: '?', none: '–', 'not-asked': '·' };
/** A shape for each kind of agreement, beside its word, so a Differ row reads apart at a glance. */
const AGREEMENT_SYMBOLS: Record<Agreement, string> = { disagree: '≠', 'agreed-gap': '=', 'agreed-ready': '=', unanswered: '–' };

function CellView({ cell, showNote }: { cell: Cell; showNote: boolean }) {
  // The symbol and the first word stay on one line; the rest may wrap, so narrow columns still fit.
  const [first, ...rest] = answerWords(cell).split(' ');
  const symbol = !cell.asked && cell.answer === 'none' ? SYMBOLS['not-asked'] : SYMBOLS[cell.answer];
  return (
    <span class={`answer answer--${cell.answer}${cell.asked ? '' : ' answer--not-asked'}`}>
      <span class="answer__lead">
        <span class="answer__symbol" aria-hidden="true">
          {symbol}
        </span>{' '}
        {first}
      </span>
      {rest.length > 0 && ` ${rest.join(' ')}`}
      {isOutsideRole(cell) && <span class="answer__aside"> ({copy.outsideRole})</span>}
      {showNote && cell.note && <span class="answer__note">{cell.note}</span>}
    </span>
  );
}

function AgreementView({ row, partners }: { row: ComparedRow; partners: number }) {
  return (
    <>
      <span class="agreement__symbol" aria-hidden="true">
        {AGREEMENT_SYMBOLS[row.agreement]}
      </span>{' '}
      {agreementText(row)}
      {/* Among how many it was counted, whenever that is not every partner. */}
      {row.agreement !== 'unanswered' && row.asked < partners && (
        <span class="compare-grid__answered">{fill(resultsCopy.askedOf, { asked: row.asked, total: partners })}</span>
      )}
      {row.agreement !== 'unanswered' && row.answered < row.asked && (
        <span class="compare-grid__answered">{fill(resultsCopy.answeredOf, { answered: row.answered, asked: row.asked })}</span>
      )}
    </>
  );
}

function Tags({ row }: { row: ComparedRow }) {
  return (
    <>
      <span class="tag tag--step">{fill(siteCopy.stepLabel, { n: row.question.step })}</span>
      {row.question.essential && <strong class="tag tag--essential">{tagNames.essential}</strong>}
    </>
  );
}

function Grid({ rows, columns, showNotes, caption }: { rows: ComparedRow[]; columns: Column[]; showNotes: boolean; caption: string }) {
  return (
    // A region that scrolls sideways takes focus, so a keyboard can scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div class="grid-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="compare-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{resultsCopy.question}</th>
            <th scope="col">{resultsCopy.agreement}</th>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column.name}
                {showsRole(column) && <span class="compare-grid__role"> {column.role}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.question.id} data-agreement={row.agreement}>
              <th scope="row">
                {row.question.prompt}
                {row.question.essential && <strong class="tag tag--essential">{tagNames.essential}</strong>}
              </th>
              <td class="compare-grid__agreement">
                {/* On narrow screens the grid becomes one card per question, and each cell says what it is. */}
                <span class="compare-grid__who">{resultsCopy.agreement}: </span>
                <AgreementView row={row} partners={columns.length} />
              </td>
              {row.cells.map((cell, i) => (
                <td key={i} class={cell.asked ? undefined : 'compare-grid__not-asked'}>
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

/** One talking point: the question, the asked partners' answers, the others' apart, and the prompt. */
function TalkingPoint({ row, columns, showNotes }: { row: ComparedRow; columns: Column[]; showNotes: boolean }) {
  const answersOf = (asked: boolean) =>
    row.cells.flatMap((cell, i) => (cell.asked === asked && (asked || cell.answer !== 'none') ? [{ cell, column: columns[i]!, i }] : []));
  const others = answersOf(false);
  return (
    <li class="discuss-item">
      <p class="discuss-item__tags">
        <Tags row={row} />
      </p>
      <p class="discuss-item__prompt">{row.question.prompt}</p>
      <p class="discuss-item__answers-label">{resultsCopy.answersLabel}</p>
      <ul class="discuss-item__answers">
        {answersOf(true).map(({ cell, column, i }) => (
          <li key={i}>
            {columnName(column)}: <CellView cell={cell} showNote={showNotes} />
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <p class="discuss-item__answers-label">{resultsCopy.othersLabel}</p>
          <ul class="discuss-item__answers discuss-item__answers--others">
            {others.map(({ cell, column, i }) => (
              <li key={i}>
                {columnName(column)}: <CellView cell={{ ...cell, asked: true }} showNote={showNotes} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="discuss-item__question">
        <strong>{resultsCopy.discuss}</strong> {row.question.discuss}
      </p>
    </li>
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
  const points = talkingPoints(rows);
  const more = summary.disagree - points.length;
  const agreed = summary['agreed-gap'] + summary['agreed-ready'];
  const partnersOf = (indexes: number[]) => listText(indexes.map((i) => columnName(columns[i]!)));
  return (
    <div class="compare-results">
      {rows.length === 0 ? (
        <p class="notice compare-results__none">{resultsCopy.noShared}</p>
      ) : (
        <>
          <section aria-labelledby="compare-summary-heading">
            <h2 id="compare-summary-heading">{resultsCopy.summaryHeading}</h2>
            <dl class="compare-summary">
              <div class="compare-summary__disagree">
                <dt>{resultsCopy.disagreements}</dt>
                <dd>{summary.disagree}</dd>
              </div>
              <div>
                <dt>{resultsCopy.unanswered}</dt>
                <dd>{summary.unanswered}</dd>
              </div>
              <div>
                <dt>{resultsCopy.agreedGaps}</dt>
                <dd>{summary['agreed-gap']}</dd>
              </div>
              <div>
                <dt>{resultsCopy.agreedReady}</dt>
                <dd>{summary['agreed-ready']}</dd>
              </div>
            </dl>
            <p class="compare-summary__rule">{resultsCopy.summaryRule}</p>
          </section>

          <section aria-labelledby="compare-discuss-heading" class="compare-discuss">
            <h2 id="compare-discuss-heading">{resultsCopy.discussHeading}</h2>
            {points.length === 0 ? (
              <p>{agreed > 0 ? resultsCopy.noDisagreements : resultsCopy.nothingToCompare}</p>
            ) : (
              <>
                <p>{resultsCopy.discussIntro}</p>
                <ol class="discuss-list">
                  {points.map((row) => (
                    <TalkingPoint key={row.question.id} row={row} columns={columns} showNotes={showNotes} />
                  ))}
                </ol>
                {more > 0 && <p>{plural(resultsCopy.moreDisagreements, more)}</p>}
              </>
            )}
          </section>

          <section aria-labelledby="compare-grid-heading" class="compare-grids">
            <h2 id="compare-grid-heading">{resultsCopy.gridHeading}</h2>
            <p>{resultsCopy.gridIntro}</p>
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
          <h2 id="compare-not-shared-heading">{resultsCopy.notSharedHeading}</h2>
          <p>{rows.length === 0 ? resultsCopy.noSharedIntro : resultsCopy.notSharedIntro}</p>
          <ul>
            {notShared.map((q) => (
              <li key={q.id}>
                {q.prompt} ({fill(resultsCopy.inFiles, { partners: partnersOf(q.partners) })})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
