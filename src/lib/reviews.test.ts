import { describe, expect, it } from 'vitest';
import type { Review } from './model.ts';
import { FULL_REVIEWS, MAX_REVIEWS, nextReviewAfter, sinceReview, snapshot, withReview } from './reviews.ts';
import { question } from '../../tests/support/questions.ts';
import { assessment } from '../../tests/support/assessments.ts';

const bank = [question('s1-a', { essential: true }), question('s1-b'), question('s1-c'), question('s2-a', { phase: 'prepare' })];

const base = assessment();

describe('reviews', () => {
  it('snapshot the answers, the plan and each step’s status', () => {
    const a = {
      ...base,
      answers: { 's1-a': { value: 'yes' as const }, 's1-b': { note: 'only a note' } },
      plan: { 's1-b': { status: 'doing' as const, owner: 'funder' as const } },
    };
    expect(snapshot(bank, a, '2027-03-04T10:00:00.000Z')).toEqual({
      at: '2027-03-04T10:00:00.000Z',
      phase: 'commit',
      steps: { '1': 'nearly-ready', '2': 'later', '3': 'later', '4': 'later', '5': 'later' },
      answers: { 's1-a': 'yes' },
      plan: { 's1-b': 'doing' },
    });
  });

  it('say what moved up and down, what was done, and which gaps are new', () => {
    const review: Review = {
      at: '2027-03-04T10:00:00.000Z',
      phase: 'commit',
      steps: {},
      answers: { 's1-a': 'partly', 's1-b': 'yes', 's1-c': 'no' },
      plan: { 's1-a': 'doing' },
    };
    const now = {
      ...base,
      phase: 'prepare' as const,
      answers: {
        's1-a': { value: 'yes' as const },
        's1-b': { value: 'unknown' as const },
        's1-c': { value: 'unknown' as const },
        's2-a': { value: 'partly' as const },
      },
      plan: { 's1-a': { status: 'done' as const }, 's1-c': { status: 'wont' as const } },
    };
    const since = sinceReview(bank, now, review)!;
    expect(since.up.map((m) => [m.question.id, m.before, m.now])).toEqual([['s1-a', 'partly', 'yes']]);
    // Not yet to Don't know is neither up nor down: both are gaps.
    expect(since.down.map((m) => [m.question.id, m.before, m.now])).toEqual([['s1-b', 'yes', 'unknown']]);
    expect(since.answered.map((m) => [m.question.id, m.now])).toEqual([['s2-a', 'partly']]);
    expect(since.done.map((d) => [d.question.id, d.status])).toEqual([
      ['s1-a', 'done'],
      ['s1-c', 'wont'],
    ]);
    // s1-b went down from Yes; s2-a came in with the new phase.
    expect(since.newGaps.map((q) => q.id)).toEqual(['s1-b', 's2-a']);
  });

  it('cannot compare with a review kept only as a summary', () => {
    expect(sinceReview(bank, base, { at: '2027-01-01T00:00:00.000Z', phase: 'commit', steps: {} })).toBeUndefined();
  });

  it('keep the newest in full and the oldest as step results only, up to a limit', () => {
    let reviews: Review[] = [];
    for (let i = 0; i < MAX_REVIEWS + 3; i++) {
      const at = new Date(Date.UTC(2027, 0, 1 + i)).toISOString();
      reviews = withReview(reviews, { at, phase: 'commit', steps: { '1': 'ready' }, answers: { 's1-a': 'yes' }, plan: {} });
    }
    expect(reviews).toHaveLength(MAX_REVIEWS);
    expect(reviews.filter((r) => r.answers)).toHaveLength(FULL_REVIEWS);
    expect(reviews[0]).toEqual({ at: new Date(Date.UTC(2027, 0, 4)).toISOString(), phase: 'commit', steps: { '1': 'ready' } });
    expect(reviews.at(-1)!.answers).toEqual({ 's1-a': 'yes' });
  });

  it('fall due six months later, on the month’s last day when it is shorter', () => {
    expect(nextReviewAfter('2027-03-04T10:00:00.000Z')).toBe('2027-09-04');
    expect(nextReviewAfter('2027-08-31T10:00:00.000Z')).toBe('2028-02-29');
    expect(nextReviewAfter('2026-12-31T23:00:00.000Z')).toBe('2027-06-30');
  });
});
