// The next three actions, heading the checklist, and the plain-text summary to copy.
import { useState } from 'preact/hooks';
import { roles as roleNames } from '../../../content/ui/common.json';
import { plan as copy } from '../../../content/ui/checklist.json';
import type { Assessment } from '../../lib/model.ts';
import { formatDay } from '../../lib/dates.ts';
import type { PlanRow } from '../../lib/plan.ts';
import { plural } from '../../lib/plural.ts';
import type { OverallResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { summaryText } from './summary-text.ts';

interface Props {
  assessment: Assessment;
  result: OverallResult;
  next: PlanRow[];
}

export function NextActions({ assessment, result, next }: Props) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState('');
  const copySummary = async () => {
    const text = summaryText(assessment, result, next);
    try {
      await navigator.clipboard.writeText(text);
      setFallback('');
      setStatus(copy.copied);
    } catch {
      // No clipboard (an older browser, or a page opened from disk): show the text to copy by hand.
      setFallback(text);
      setStatus(copy.copyFailed);
    }
  };
  return (
    <section class="next-actions" aria-labelledby="next-actions-heading">
      <h2 id="next-actions-heading" class="next-actions__heading">
        {copy.nextHeading}
      </h2>
      {next.length === 0 ? (
        <p>{copy.nextNone}</p>
      ) : (
        <ol class="next-actions__list">
          {next.map((row) => (
            <li key={row.question.id}>
              <a href={`#action-${row.question.id}`} class="next-actions__action">
                {row.question.action}
              </a>
              <span class="next-actions__meta">
                {[
                  row.item.owner ? [roleNames[row.item.owner], row.item.person].filter(Boolean).join(', ') : copy.noOwner,
                  row.item.due ? fill(copy.dueOn, { date: formatDay(row.item.due) }) : '',
                  row.overdueDays ? plural(copy.overdue, row.overdueDays) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      <div class="print-hidden">
        <button type="button" class="button button--secondary" onClick={() => void copySummary()}>
          {copy.copySummary}
        </button>
        <p role="status" class="next-actions__status">
          {status}
        </p>
        {fallback && (
          <div class="field">
            <label for="summary-text">{copy.summaryLabel}</label>
            <textarea id="summary-text" readOnly rows={8} value={fallback} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
      </div>
    </section>
  );
}
