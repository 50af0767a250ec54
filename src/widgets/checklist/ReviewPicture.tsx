// Readiness per step across reviews: a grid of status shapes (columns are reviews, the last is
// now; rows are steps) that reads without colour, with the same facts as a table beside it for
// screen readers and print.
import { status as statusNames } from '../../../content/ui/common.json';
import { checklist as checklistCopy, reviews as copy } from '../../../content/ui/checklist.json';
import { formatDate } from '../../lib/dates.ts';
import { STEP_NUMBERS, type Review } from '../../lib/model.ts';
import type { StepStatus } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';

/** The paths of the status shapes, in a 20 × 20 cell: as StatusShape draws them. */
function Shape({ status, x, y }: { status: StepStatus; x: number; y: number }) {
  const dashed = status === 'not-started' || status === 'later';
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray={dashed ? '2.5 2.5' : undefined} />
      {status === 'nearly-ready' && <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />}
      {status === 'ready' && <circle cx="10" cy="10" r="7" fill="currentColor" />}
    </g>
  );
}

interface Column {
  label: string;
  steps: Record<string, string>;
}

export function ReviewPicture({ reviews, now }: { reviews: Review[]; now: Record<string, StepStatus> }) {
  const columns: Column[] = [...reviews.map((r) => ({ label: formatDate(r.at), steps: r.steps })), { label: copy.now, steps: now }];
  const known = (s: string | undefined): StepStatus => (s && s in statusNames ? (s as StepStatus) : 'not-started');
  const cell = 44;
  const left = 70;
  const top = 30;
  const width = left + columns.length * cell;
  const height = top + STEP_NUMBERS.length * 32;
  return (
    <section class="review-picture" aria-labelledby="review-picture-heading">
      <h2 id="review-picture-heading" class="review-picture__heading">
        {copy.pictureHeading}
      </h2>
      <p class="field__hint">{copy.pictureIntro}</p>
      <div class="review-picture__body">
        <svg
          class="review-picture__svg"
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ '--picture-width': width }}
        >
          {columns.map((column, i) => (
            <text key={`h${i}`} x={left + i * cell + cell / 2} y="16" text-anchor="middle" font-size="11" fill="currentColor">
              {i === columns.length - 1 ? copy.now : String(i + 1)}
            </text>
          ))}
          {STEP_NUMBERS.map((step, row) => (
            <g key={step}>
              <text x="0" y={top + row * 32 + 14} font-size="12" fill="currentColor">
                {fill(checklistCopy.step, { n: step })}
              </text>
              {columns.map((column, i) => (
                <Shape key={i} status={known(column.steps[String(step)])} x={left + i * cell + (cell - 20) / 2} y={top + row * 32} />
              ))}
            </g>
          ))}
        </svg>
        <table class="review-picture__table">
          <caption>{copy.tableCaption}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {i < columns.length - 1 && <span class="review-picture__number">{i + 1}. </span>}
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {STEP_NUMBERS.map((step) => (
              <tr key={step}>
                <th scope="row">{fill(checklistCopy.step, { n: step })}</th>
                {columns.map((column, i) => (
                  <td key={i}>{statusNames[known(column.steps[String(step)])]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
