// Merging two copies of one stored assessment, written by two tabs at nearly the same time.
//
// Each tab writes the whole record, and a tab hears of another's write only a moment later, so a
// plain last-write-wins would drop whatever the other tab changed in between (a character typed
// into another question's note, say). Instead every answer and action carries the time it last
// changed ("at"), and the names, role and phase carry "detailsAt": the merge takes the later of
// each, question by question, and keeps every review either copy has. Both tabs arrive at the
// same record whichever order they hear of each other's writes.
import type { StoredRecord } from './stored-assessment.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields that change together when a reader edits an assessment's details. */
export const DETAIL_FIELDS = ['place', 'partnership', 'organisation', 'perspective', 'phase', 'nextReview'] as const;

const timeOf = (x: unknown): string => (isObject(x) && typeof x.at === 'string' ? x.at : '');

/** -1, 0 or 1: which of two entries is later; equal times are settled by their text, so both tabs agree. */
function compare(a: unknown, b: unknown, time: (x: unknown) => string = timeOf): number {
  const byTime = time(a).localeCompare(time(b));
  if (byTime !== 0) return byTime;
  const [ta, tb] = [JSON.stringify(a) ?? '', JSON.stringify(b) ?? ''];
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}

/** Merges two maps of timed entries; says whether `mine` had anything later than `theirs`. */
function mergeTimed(mine: unknown, theirs: unknown): { merged: Record<string, unknown>; mineLater: boolean } {
  const merged: Record<string, unknown> = {};
  let mineLater = false;
  const a = isObject(mine) ? mine : {};
  const b = isObject(theirs) ? theirs : {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const inA = Object.hasOwn(a, key);
    const inB = Object.hasOwn(b, key);
    if (inA && (!inB || compare(a[key], b[key]) > 0)) {
      mineLater = true;
      merged[key] = a[key];
    } else {
      merged[key] = b[key];
    }
  }
  return { merged, mineLater };
}

/** Every review from both copies, once each, oldest first. */
function mergeReviews(mine: unknown, theirs: unknown): { merged: unknown[]; mineLater: boolean } {
  const byTime = new Map<string, unknown>();
  const b = Array.isArray(theirs) ? theirs : [];
  const a = Array.isArray(mine) ? mine : [];
  for (const review of b) byTime.set(timeOf(review) || JSON.stringify(review), review);
  let mineLater = false;
  for (const review of a) {
    const key = timeOf(review) || JSON.stringify(review);
    if (!byTime.has(key)) {
      byTime.set(key, review);
      mineLater = true;
    }
  }
  const merged = [...byTime.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([, review]) => review);
  return { merged, mineLater };
}

/**
 * Merges this tab's copy of a record with another tab's. `mineLater` is true when this tab's copy
 * holds something the other's lacks: this tab should then write the merged record back.
 */
export function mergeRecords(mine: StoredRecord, theirs: StoredRecord): { record: StoredRecord; mineLater: boolean } {
  const answers = mergeTimed(mine.answers, theirs.answers);
  const plan = mergeTimed(mine.plan, theirs.plan);
  const reviews = mergeReviews(mine.reviews, theirs.reviews);
  const detailsOf = (r: StoredRecord) => ({
    at: typeof r.detailsAt === 'string' ? r.detailsAt : '',
    ...Object.fromEntries(DETAIL_FIELDS.map((f) => [f, r[f]])),
  });
  const detailsLater = compare(detailsOf(mine), detailsOf(theirs)) > 0;
  const details = detailsLater ? { ...Object.fromEntries(DETAIL_FIELDS.map((f) => [f, mine[f]])), detailsAt: mine.detailsAt } : {};
  const updatedAt = [mine.updatedAt, theirs.updatedAt]
    .filter((t): t is string => typeof t === 'string')
    .sort()
    .at(-1);
  return {
    record: { ...theirs, ...details, answers: answers.merged, plan: plan.merged, reviews: reviews.merged, ...(updatedAt && { updatedAt }) },
    mineLater: answers.mineLater || plan.mineLater || reviews.mineLater || detailsLater,
  };
}
