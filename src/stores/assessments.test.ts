import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { MIGRATIONS } from '../lib/stored-assessment.ts';

// Pretend the code is one version ahead of a record already on the device.
vi.mock('../lib/storage-keys.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), STORED_VERSION: 2 }));

const KEY = 'cii-guide:assessment:a-1';
const v1 = { v: 1, id: 'a-1', place: 'York', partnership: '', perspective: 'funder', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', answers: { 's1-x': { value: 'yes' } } };

describe('stored assessments', () => {
  afterEach(() => cleanTestStorage());

  it('stores a record migrated from an older version in the current shape as soon as it is read, answers kept', async () => {
    useTestStorageEngine();
    MIGRATIONS[1] = (record) => ({ ...record, v: 2, partnership: 'York Together' });
    setTestStorageKey(KEY, JSON.stringify(v1));
    setTestStorageKey('cii-guide:assessment:a-2', '{"v":9,"id":"a-2"}');

    const { $assessments, $storageProblems } = await import('./assessments.ts');
    const stop = $assessments.listen(() => undefined);
    const stored = JSON.parse(getTestStorage()[KEY]!);
    expect(stored).toMatchObject({ v: 2, place: 'York', partnership: 'York Together', answers: { 's1-x': { value: 'yes' } } });
    expect(stored.updatedAt).toBe(v1.updatedAt);
    // A record from a newer version is left exactly as it was.
    expect(getTestStorage()['cii-guide:assessment:a-2']).toBe('{"v":9,"id":"a-2"}');
    expect($storageProblems.get().newer).toEqual(['a-2']);
    stop();
    delete MIGRATIONS[1];
  });
});
