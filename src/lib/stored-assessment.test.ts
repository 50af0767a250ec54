import { describe, expect, it } from 'vitest';
import { cutText, migrate, readStored, toRecord, writeRecord, writeStored, STORED_VERSION } from './stored-assessment.ts';
import type { Assessment } from './model.ts';

const assessment: Assessment = {
  id: 'a-1',
  place: 'Leeds',
  partnership: 'Leeds Together',
  organisation: 'Leeds City Council',
  perspective: 'funder',
  phase: 'prepare',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  answers: {
    's1-political-sponsor': { value: 'yes', note: 'Confirmed in writing', at: '2026-11-02T10:00:00.000Z' },
    's1-retired-question': { value: 'no' },
  },
  plan: { 's1-written-goals': { owner: 'funder', person: 'Sam', due: '2027-01-31', status: 'doing', at: '2026-11-02T10:00:00.000Z' } },
  reviews: [{ at: '2026-11-01T12:00:00.000Z', phase: 'commit', steps: { '1': 'ready' }, answers: { 's1-political-sponsor': 'partly' }, plan: {} }],
  nextReview: '2027-05-01',
};

/** A record exactly as the first release wrote it. */
const firstRelease = {
  v: 1,
  id: 'a-m3x9k2-4f',
  place: 'York',
  partnership: '',
  perspective: 'civil-society',
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  answers: { 's1-existing-trust': { value: 'partly', note: 'first ' }, 's4-induction': { value: 'no' } },
};

describe('readStored', () => {
  it('reads back what writeStored wrote, keeping answers to questions no longer in the bank', () => {
    const result = readStored(writeStored(assessment));
    expect(result).toMatchObject({ kind: 'ok', assessment, migrated: false });
  });

  it('reports text that is not JSON, or JSON of the wrong shape, as damaged', () => {
    expect(readStored('{"v":2,"id":"a-1","pla').kind).toBe('damaged');
    expect(readStored('[1,2,3]').kind).toBe('damaged');
    expect(readStored('{"id":"a-1"}')).toEqual({ kind: 'damaged', reason: 'no version' });
    expect(readStored(JSON.stringify({ ...assessment, v: 2, perspective: 'mayor' }))).toEqual({ kind: 'damaged', reason: 'unknown perspective' });
    expect(readStored(JSON.stringify({ ...assessment, v: 2, answers: 'all yes' }))).toEqual({ kind: 'damaged', reason: 'no answers' });
  });

  it('reports a record from a newer version without reading it', () => {
    expect(readStored(JSON.stringify({ ...assessment, v: STORED_VERSION + 1 }))).toEqual({ kind: 'newer', version: STORED_VERSION + 1 });
  });

  it('leaves values that are not answers out of the view, and ignores unsafe keys', () => {
    const text = `{"v":2,"id":"a-1","place":"Leeds","perspective":"funder","answers":{"s1-a":{"value":"maybe"},"s1-b":{"value":"no","note":"  "},"__proto__":{"value":"yes"},"constructor":{"value":"yes"},"s1-c":{"note":"later"}}}`;
    const result = readStored(text);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.answers).toEqual({ 's1-b': { value: 'no' }, 's1-c': { note: 'later' } });
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });

  it('reads a date it cannot understand as the earliest date, never as "Invalid Date"', () => {
    const result = readStored(JSON.stringify({ ...assessment, v: 2, createdAt: 'yesterday', updatedAt: 42 }));
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.createdAt).toBe('1970-01-01T00:00:00.000Z');
    expect(result.assessment.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('shows over-long names and notes cut to the limits, never splitting a character', () => {
    const long = JSON.stringify({ ...assessment, v: 2, place: 'x'.repeat(500), answers: { 's1-a': { note: `${'y'.repeat(999)}🙂🙂` } } });
    const result = readStored(long);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.place).toHaveLength(80);
    expect(result.assessment.answers['s1-a']!.note).toBe('y'.repeat(999));
  });

  it('keeps notes as typed: spaces at either end stay', () => {
    const result = readStored(JSON.stringify({ ...assessment, v: 2, answers: { 's1-a': { note: 'first ' } } }));
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.answers['s1-a']!.note).toBe('first ');
  });

  it('shows plan items and reviews it can read, and leaves out the rest', () => {
    const result = readStored(
      JSON.stringify({
        ...assessment,
        v: 2,
        plan: { 's1-a': { owner: 'mayor', due: '2027-02-30', status: 'done' }, 's1-b': { owner: 'funder' }, 's1-c': {} },
        reviews: [{ at: 'never' }, { at: '2026-11-01T12:00:00.000Z', phase: 'end', steps: { '1': 'ready', '2': 3 } }],
        nextReview: 'soon',
      }),
    );
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.assessment.plan).toEqual({ 's1-a': { status: 'done' }, 's1-b': { owner: 'funder' } });
    expect(result.assessment.reviews).toEqual([{ at: '2026-11-01T12:00:00.000Z', phase: 'end', steps: { '1': 'ready' } }]);
    expect(result.assessment.nextReview).toBe('');
  });
});

describe('a record from the first release', () => {
  it('is read with everything it held, in the current shape', () => {
    const result = readStored(JSON.stringify(firstRelease));
    expect(result).toMatchObject({
      kind: 'ok',
      migrated: true,
      assessment: {
        id: 'a-m3x9k2-4f',
        place: 'York',
        organisation: '',
        perspective: 'civil-society',
        phase: 'commit',
        answers: {
          's1-existing-trust': { value: 'partly', note: 'first ', at: firstRelease.updatedAt },
          's4-induction': { value: 'no', at: firstRelease.updatedAt },
        },
        plan: {},
        reviews: [],
        nextReview: '',
      },
    });
  });

  it('keeps fields and answers this version does not know, value for value', () => {
    const odd = { ...firstRelease, colour: 'teal', answers: { ...firstRelease.answers, 's6-later': { value: 'yes', confidence: 3 } } };
    const result = readStored(JSON.stringify(odd));
    if (result.kind !== 'ok') throw new Error('expected ok');
    const written = JSON.parse(writeRecord(result.record));
    expect(written.colour).toBe('teal');
    expect(written.answers['s6-later']).toMatchObject({ value: 'yes', confidence: 3 });
    expect(written.v).toBe(STORED_VERSION);
  });
});

describe('a record of this version', () => {
  it('keeps fields and answers it does not know byte for byte through a read and a write', () => {
    const record = {
      ...toRecord(assessment),
      future: { deep: [1, 'two', { three: null }] },
      answers: { ...assessment.answers, 's6-new': { value: 'partly', weight: 0.5 } },
    };
    const text = JSON.stringify(record);
    const result = readStored(text);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(writeRecord(result.record)).toBe(text);
  });
});

describe('migrations', () => {
  // Runs the chain with migrations written for the test: the same code path every future version takes.
  const toV2 = (r: Record<string, unknown>) => ({ ...r, v: 2, place: String(r.town) });
  const toV3 = (r: Record<string, unknown>) => ({ ...r, v: 3, partnership: 'migrated' });
  const old = { v: 1, id: 'a-1', town: 'York', perspective: 'funder', answers: {} };

  it('runs every migration from the stored version up, in order', () => {
    const result = migrate(old, { 1: toV2, 2: toV3 }, 3);
    expect(result).toMatchObject({ kind: 'ok', migrated: true, record: { place: 'York', partnership: 'migrated' } });
  });

  it('reports a missing or failing migration as damaged rather than guessing', () => {
    expect(migrate(old, { 1: toV2 }, 3)).toEqual({ kind: 'damaged', reason: 'no migration from version 2' });
    const throws = () => {
      throw new Error('bad');
    };
    expect(migrate(old, { 1: throws }, 2)).toEqual({ kind: 'damaged', reason: 'migration from version 1 failed' });
  });
});

describe('cutText', () => {
  it('never leaves half of a surrogate pair', () => {
    expect(cutText('ab🙂', 3)).toBe('ab');
    expect(cutText('ab🙂', 4)).toBe('ab🙂');
    expect(cutText('abc', 5)).toBe('abc');
  });
});
