// Reviews: dated snapshots of an assessment, and what moved between one and now. A partnership
// records one every few months; the checklist then shows what went up, what went down, which
// actions were done and which gaps are new, and readiness per step across reviews.
import type { AnswerValue, Assessment, PlanStatus, Question, Review } from './model.ts';
import { scoreAssessment } from './scoring.ts';
import { isFinished } from './plan.ts';

/** Most reviews kept in full; older ones keep only their step results, so the record stays small. */
export const FULL_REVIEWS = 8;
/** Most reviews kept at all. */
export const MAX_REVIEWS = 24;
/** The next review, by default, this many months after one is recorded. */
export const REVIEW_EVERY_MONTHS = 6;

/**
 * Answers from least to most in place, for saying whether an answer moved up or down. Not yet
 * and Don't know are both gaps with nothing in place: a change between them is neither.
 */
const RANK: Record<AnswerValue, number> = { unknown: 0, no: 0, partly: 1, yes: 2 };

/** A snapshot of the assessment as it stands, for the phase it is in. */
export function snapshot(bank: readonly Question[], assessment: Assessment, at: string): Review {
  const result = scoreAssessment(bank, assessment);
  return {
    at,
    phase: assessment.phase,
    steps: Object.fromEntries(result.steps.map((s) => [String(s.step), s.status])),
    answers: Object.fromEntries(Object.entries(assessment.answers).flatMap(([id, a]) => (a.value ? [[id, a.value]] : []))),
    plan: Object.fromEntries(Object.entries(assessment.plan).flatMap(([id, item]) => (item.status ? [[id, item.status]] : []))),
  };
}

/**
 * Adds a review, oldest first, keeping the newest in full; older ones lose their answers and plan
 * (keeping their step results and anything else they hold), and the oldest beyond the limit go.
 */
export function withReview<R extends { at?: unknown }>(reviews: readonly R[], review: R): R[] {
  const time = (r: R) => (typeof r.at === 'string' ? r.at : '');
  const all = [...reviews, review].sort((a, b) => time(a).localeCompare(time(b))).slice(-MAX_REVIEWS);
  return all.map((r, i) => {
    if (i >= all.length - FULL_REVIEWS) return r;
    const { answers: _answers, plan: _plan, ...summary } = r as R & { answers?: unknown; plan?: unknown };
    return summary as R;
  });
}

/** The date six months after a review (YYYY-MM-DD), the default for the next one. */
export function nextReviewAfter(at: string): string {
  const date = new Date(at);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + REVIEW_EVERY_MONTHS, 1));
  // The same day of the month, or the month's last day when it is shorter (31 August → 28 February).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** What changed for one question between a review and now. */
export interface Moved {
  question: Question;
  before?: AnswerValue;
  now?: AnswerValue;
}

/** What moved since a review. */
export interface SinceReview {
  review: Review;
  up: Moved[];
  down: Moved[];
  /** Questions answered since that were not answered at the review. */
  answered: Moved[];
  /** Actions finished since (done or won't do). */
  done: { question: Question; status: PlanStatus }[];
  /** Gaps now that were not gaps at the review: they went down from Yes, or came in with a new phase. */
  newGaps: Question[];
}

/**
 * Compares the assessment now with a review that kept its answers (summarised ones cannot say).
 * Only questions counted now (this perspective, this phase) are compared.
 */
export function sinceReview(bank: readonly Question[], assessment: Assessment, review: Review): SinceReview | undefined {
  if (!review.answers) return undefined;
  const before = review.answers;
  const result = scoreAssessment(bank, assessment);
  const counted = result.steps.flatMap((s) => [...s.inPlace, ...s.gaps.map((g) => g.question)]);
  const up: Moved[] = [];
  const down: Moved[] = [];
  const answered: Moved[] = [];
  for (const question of counted) {
    const was = before[question.id];
    const is = assessment.answers[question.id]?.value;
    if (was === is || !is) continue;
    if (!was) answered.push({ question, now: is });
    else if (RANK[is] > RANK[was]) up.push({ question, before: was, now: is });
    else if (RANK[is] < RANK[was]) down.push({ question, before: was, now: is });
  }
  // The gaps as they were: the review's answers, scored for the phase the partnership was in then.
  const then = scoreAssessment(bank, {
    perspective: assessment.perspective,
    phase: review.phase,
    answers: Object.fromEntries(Object.entries(before).map(([id, value]) => [id, { value }])),
  });
  const gapsThen = new Set(then.steps.flatMap((s) => s.gaps.map((g) => g.question.id)));
  const newGaps = result.steps.flatMap((s) => s.gaps.map((g) => g.question)).filter((q) => !gapsThen.has(q.id));
  const done = bank.flatMap((question) => {
    const status = assessment.plan[question.id]?.status;
    const was = review.plan?.[question.id];
    return status && isFinished(status) && !(was && isFinished(was)) ? [{ question, status }] : [];
  });
  return { review, up, down, answered, done, newGaps };
}
