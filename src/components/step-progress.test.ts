import { describe, expect, it } from 'vitest';
import { glance } from './step-progress.ts';
import { STORED_VERSION } from '../lib/storage-keys.ts';

const record = (fields: Record<string, unknown>) =>
  JSON.stringify({ v: STORED_VERSION, id: 'a', updatedAt: '2026-01-01T00:00:00.000Z', answers: {}, ...fields });

describe('glance', () => {
  it('reads a current record', () => {
    expect(glance(record({ answers: { 's1-x': { value: 'yes' } } }))?.answers).toEqual({ 's1-x': { value: 'yes' } });
  });

  it('ignores fields it does not use, such as ones a later version of the record adds', () => {
    const text = record({ partnership: 'Leeds Together', answers: { 's1-x': { value: 'no', at: '2026-01-02T00:00:00.000Z' } }, extra: [1] });
    expect(glance(text)?.answers['s1-x']?.value).toBe('no');
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['answers null', record({ answers: null })],
    ['answers a list', record({ answers: [1, 2] })],
    ['answers text', record({ answers: 'yes' })],
    ['no date', record({ updatedAt: 5 })],
    ['a newer version', record({ v: STORED_VERSION + 1 })],
  ])('leaves out %s without throwing', (_name, text) => {
    expect(glance(text)).toBeUndefined();
  });
});
