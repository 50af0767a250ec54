import { describe, expect, it } from 'vitest';
import { mergeRecords } from './merge-records.ts';

const T = (n: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, n)).toISOString();

const base = {
  v: 2,
  id: 'a-1',
  place: 'Leeds',
  partnership: '',
  organisation: '',
  perspective: 'funder',
  phase: 'commit',
  detailsAt: T(0),
  updatedAt: T(0),
  answers: { 's1-a': { value: 'yes', at: T(0) } },
  plan: {},
  reviews: [],
  nextReview: '',
};

describe('mergeRecords', () => {
  it('keeps what each tab typed into different questions', () => {
    const mine = { ...base, updatedAt: T(2), answers: { ...base.answers, 's1-b': { note: 'typing', at: T(2) } } };
    const theirs = { ...base, updatedAt: T(1), answers: { ...base.answers, 's1-c': { note: 'other', at: T(1) } } };
    const { record, mineLater } = mergeRecords(mine, theirs);
    expect(record.answers).toEqual({ 's1-a': base.answers['s1-a'], 's1-b': { note: 'typing', at: T(2) }, 's1-c': { note: 'other', at: T(1) } });
    expect(mineLater).toBe(true);
    expect(record.updatedAt).toBe(T(2));
  });

  it('takes the later change to the same question, and says when this tab has nothing newer', () => {
    const mine = { ...base, answers: { 's1-a': { value: 'yes', note: 'fir', at: T(1) } } };
    const theirs = { ...base, answers: { 's1-a': { value: 'yes', note: 'first', at: T(2) } } };
    const { record, mineLater } = mergeRecords(mine, theirs);
    expect(record.answers).toEqual(theirs.answers);
    expect(mineLater).toBe(false);
  });

  it('reaches the same record whichever tab merges first', () => {
    const a = { ...base, phase: 'run', detailsAt: T(3), answers: { 's1-a': { value: 'no', at: T(4) }, 's1-x': { value: 'partly', at: T(2) } } };
    const b = { ...base, place: 'Leeds City Region', detailsAt: T(2), answers: { 's1-a': { value: 'partly', at: T(4) }, 's1-y': { at: T(5) } } };
    const ab = mergeRecords(a, b).record;
    const ba = mergeRecords(b, a).record;
    expect(ab.answers).toEqual(ba.answers);
    expect(ab.phase).toBe('run');
    expect(ba.phase).toBe('run');
    expect(ab.place).toBe(ba.place);
  });

  it('keeps a cleared answer cleared when the clearing is later', () => {
    const mine = { ...base, answers: { 's1-a': { value: 'yes', at: T(1) } } };
    const theirs = { ...base, answers: { 's1-a': { at: T(3) } } };
    expect(mergeRecords(mine, theirs).record.answers).toEqual({ 's1-a': { at: T(3) } });
  });

  it('keeps every review either tab recorded, once, oldest first', () => {
    const r1 = { at: T(1), phase: 'commit', steps: {} };
    const r2 = { at: T(2), phase: 'commit', steps: {} };
    const r3 = { at: T(3), phase: 'commit', steps: {} };
    const { record, mineLater } = mergeRecords({ ...base, reviews: [r1, r3] }, { ...base, reviews: [r1, r2] });
    expect(record.reviews).toEqual([r1, r2, r3]);
    expect(mineLater).toBe(true);
  });

  it('keeps fields of the other copy that this version does not know', () => {
    const { record } = mergeRecords(base, { ...base, future: { x: 1 } });
    expect(record.future).toEqual({ x: 1 });
  });
});
