import { describe, expect, it } from 'vitest';
import { readStored, writeStored, STORED_VERSION } from './stored-assessment.ts';
import type { Assessment } from './model.ts';

const assessment: Assessment = {
  id: 'a-1',
  place: 'Leeds',
  partnership: 'Leeds Together',
  perspective: 'funder',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  answers: { 's1-political-sponsor': { value: 'yes', note: 'Confirmed in writing' }, 's1-retired-question': { value: 'no' } },
};

describe('readStored', () => {
  it('reads back what writeStored wrote, keeping answers to questions no longer in the bank', () => {
    const result = readStored(writeStored(assessment));
    expect(result).toEqual({ kind: 'ok', assessment, migrated: false });
  });

  it('reports text that is not JSON, or JSON of the wrong shape, as damaged', () => {
    expect(readStored('{"v":1,"id":"a-1","pla').kind).toBe('damaged');
    expect(readStored('[1,2,3]').kind).toBe('damaged');
    expect(readStored('{"id":"a-1"}')).toEqual({ kind: 'damaged', reason: 'no version' });
    expect(readStored(JSON.stringify({ ...assessment, v: 1, perspective: 'mayor' }))).toEqual({ kind: 'damaged', reason: 'unknown perspective' });
    expect(readStored(JSON.stringify({ ...assessment, v: 1, answers: 'all yes' }))).toEqual({ kind: 'damaged', reason: 'no answers' });
  });

  it('reports a record from a newer version without reading it', () => {
    expect(readStored(JSON.stringify({ ...assessment, v: STORED_VERSION + 1 }))).toEqual({ kind: 'newer', version: STORED_VERSION + 1 });
  });

  it('drops answers that are not one of the four values, and ignores unsafe keys', () => {
    const text = `{"v":1,"id":"a-1","place":"Leeds","perspective":"funder","answers":{"s1-a":{"value":"maybe"},"s1-b":{"value":"no","note":"  "},"__proto__":{"value":"yes"},"s1-c":{"note":"later"}}}`;
    const result = readStored(text);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.assessment.answers).toEqual({ 's1-b': { value: 'no' }, 's1-c': { note: 'later' } });
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });

  it('reads a date it cannot understand as the earliest date, never as "Invalid Date"', () => {
    const result = readStored(JSON.stringify({ ...assessment, v: 1, createdAt: 'yesterday', updatedAt: 42 }));
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.createdAt).toBe('1970-01-01T00:00:00.000Z');
    expect(result.assessment.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('cuts over-long names and notes to the limits', () => {
    const long = JSON.stringify({ ...assessment, v: 1, place: 'x'.repeat(500), answers: { 's1-a': { note: 'y'.repeat(5000) } } });
    const result = readStored(long);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.place).toHaveLength(80);
    expect(result.assessment.answers['s1-a']!.note).toHaveLength(1000);
  });
});

describe('migrations', () => {
  // Version 1 is the first stored version, so these run the chain with migrations written for
  // the test: the same code path a future version 2 will take.
  const toV2 = (r: Record<string, unknown>) => ({ ...r, v: 2, place: String(r.town) });
  const toV3 = (r: Record<string, unknown>) => ({ ...r, v: 3, partnership: 'migrated' });
  const old = JSON.stringify({ v: 1, id: 'a-1', town: 'York', perspective: 'funder', answers: {} });

  it('runs every migration from the stored version up, in order', () => {
    const result = readStored(old, { 1: toV2, 2: toV3 }, 3);
    expect(result).toMatchObject({ kind: 'ok', migrated: true, assessment: { place: 'York', partnership: 'migrated' } });
  });

  it('reports a missing or failing migration as damaged rather than guessing', () => {
    expect(readStored(old, { 1: toV2 }, 3)).toEqual({ kind: 'damaged', reason: 'no migration from version 2' });
    const throws = () => {
      throw new Error('bad');
    };
    expect(readStored(old, { 1: throws }, 2)).toEqual({ kind: 'damaged', reason: 'migration from version 1 failed' });
  });
});
