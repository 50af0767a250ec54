// The plain-text summary a reader copies into a board paper or an email: the overall result for
// the phase and the next actions with their owners and dates.
import { overall as overallNames, roles as roleNames } from '../../../content/ui/common.json';
import { plan as copy } from '../../../content/ui/checklist.json';
import type { Assessment } from '../../lib/model.ts';
import { formatDate, formatDay } from '../../lib/dates.ts';
import type { PlanRow } from '../../lib/plan.ts';
import type { OverallResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { assessmentName } from '../common/assessment-name.ts';

/** The summary as lines of plain text. */
export function summaryText(assessment: Assessment, result: OverallResult, next: PlanRow[], now = new Date()): string {
  const status = overallNames[result.status][result.phase];
  const lines = [
    fill(copy.summaryTitle, { place: assessmentName(assessment) }),
    fill(copy.summaryAs, { perspective: [roleNames[assessment.perspective], assessment.organisation].filter(Boolean).join(', ') }),
    fill(copy.summaryResult, { status, ready: result.readySteps, counted: result.countedSteps }),
  ];
  if (next.length > 0) {
    lines.push('', copy.summaryNext);
    for (const row of next) {
      const owner = row.item.owner ? [roleNames[row.item.owner], row.item.person].filter(Boolean).join(', ') : copy.summaryNoOwner;
      const due = row.item.due ? fill(copy.summaryDate, { date: formatDay(row.item.due) }) : copy.summaryNoDate;
      lines.push(fill(copy.summaryLine, { action: row.question.action, owner, due }));
    }
  }
  lines.push('', fill(copy.summaryAt, { date: formatDate(now.toISOString()) }));
  return lines.join('\n');
}
