// The action plan: every gap's action with its owner, date and status, ordered the way a
// partnership works through it. Pure functions over the scoring result; the checklist shows them.
import type { Assessment, Owner, Phase, PlanItem, PlanStatus, Question } from './model.ts';
import { PHASES } from './model.ts';
import type { Gap, OverallResult } from './scoring.ts';

/** One action as the plan shows it. */
export interface PlanRow {
  question: Question;
  gap: Gap;
  item: PlanItem;
  status: PlanStatus;
  /** Days past its due date (positive), or undefined when it has no date, is not overdue or is finished. */
  overdueDays?: number;
}

/** Done and won't-do actions are finished: they move to the end of their group and count as progress. */
export const isFinished = (status: PlanStatus) => status === 'done' || status === 'wont';

/** Whole days from one YYYY-MM-DD to another (calendar days, so clock changes do not matter). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The action for a gap, with its plan item and whether it is overdue on `today` (YYYY-MM-DD). */
export function planRow(gap: Gap, assessment: Pick<Assessment, 'plan'>, today: string): PlanRow {
  const item = assessment.plan[gap.question.id] ?? {};
  const status = item.status ?? 'todo';
  const late = item.due && !isFinished(status) ? daysBetween(item.due, today) : 0;
  return { question: gap.question, gap, item, status, ...(late > 0 && { overdueDays: late }) };
}

/** Unfinished first, in the order given; finished ones after them, in the same order. */
export function finishedLast(rows: PlanRow[]): PlanRow[] {
  return [...rows.filter((r) => !isFinished(r.status)), ...rows.filter((r) => isFinished(r.status))];
}

/** A step's actions for the checklist: essentials first (as scoring orders them), finished ones last. */
export function stepRows(result: OverallResult<Question>, step: number, assessment: Pick<Assessment, 'plan'>, today: string): PlanRow[] {
  const gaps = result.steps.find((s) => s.step === step)?.gaps ?? [];
  return finishedLast(gaps.map((gap) => planRow(gap, assessment, today)));
}

/** Every action counted in the current phase, in step order. */
export function allRows(result: OverallResult<Question>, assessment: Pick<Assessment, 'plan'>, today: string): PlanRow[] {
  return result.steps.flatMap((s) => s.gaps.map((gap) => planRow(gap, assessment, today)));
}

/** Sorts by due date, undated last; ties keep step order. */
export function byDueDate(rows: PlanRow[]): PlanRow[] {
  return finishedLast([...rows].sort((a, b) => (a.item.due ?? '9999').localeCompare(b.item.due ?? '9999')));
}

/** Groups by owner in the order given, unowned last. */
export function byOwner(rows: PlanRow[], owners: readonly Owner[]): { owner: Owner | undefined; rows: PlanRow[] }[] {
  const groups = [...owners, undefined].map((owner) => ({ owner, rows: finishedLast(rows.filter((r) => r.item.owner === owner)) }));
  return groups.filter((g) => g.rows.length > 0);
}

/**
 * The next actions to head the checklist: unfinished ones, dated first (soonest first), then
 * essentials, then the rest, in step order.
 */
export function nextActions(rows: PlanRow[], count = 3): PlanRow[] {
  const open = rows.filter((r) => !isFinished(r.status));
  const rank = (r: PlanRow) => (r.item.due ? 0 : r.question.essential ? 1 : 2);
  return open
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank(a.row) - rank(b.row) || (a.row.item.due ?? '').localeCompare(b.row.item.due ?? '') || a.order - b.order)
    .slice(0, count)
    .map(({ row }) => row);
}

/** How the plan stands: actions finished of all actions counted in this phase. */
export function progress(rows: PlanRow[]): { finished: number; total: number; overdue: number } {
  return { finished: rows.filter((r) => isFinished(r.status)).length, total: rows.length, overdue: rows.filter((r) => r.overdueDays).length };
}

/** Whether an action is "mine": owned by the reader's role, or by the whole partnership. */
export function isMine(row: PlanRow, perspective: Owner): boolean {
  return perspective === 'partnership' || row.item.owner === perspective || row.item.owner === 'partnership';
}

/** The phase's position, for sorting and comparing. */
export const phaseIndex = (phase: Phase) => PHASES.indexOf(phase);
