// Recording a review of an assessment: a dated snapshot of its answers and plan. Apart from the
// store (assessments.ts) so the snapshot code loads only with the checklist's tools, not with
// every island; the write goes through the store's own change(), like every other.
import type { Question } from '../lib/model.ts';
import { nextReviewAfter, snapshot, withReview } from '../lib/reviews.ts';
import { $entries, change } from './assessments.ts';

/** Records a review: a dated snapshot of the answers and the plan; the next review falls due six months on. */
export function recordReview(id: string, bank: readonly Question[]): boolean {
  const assessment = $entries.get()[id];
  if (assessment?.kind !== 'ok') return false;
  return change(id, (record, at) => {
    const review = snapshot(bank, assessment.assessment, at);
    // Reviews as stored, so any this version cannot read are kept too.
    const stored = Array.isArray(record.reviews) ? (record.reviews as Record<string, unknown>[]) : [];
    return { ...record, reviews: withReview(stored as unknown as (typeof review)[], review), nextReview: nextReviewAfter(at), detailsAt: at };
  });
}
