import { describe, expect, it } from 'vitest';
import { $storageState, createSafeEngine } from './storage.ts';

/** A Storage that holds a few values and can be told to refuse writes. */
function fakeStorage(refuse?: 'quota' | 'security') {
  const data = new Map<string, string>();
  return {
    data,
    storage: {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem(k: string, v: string) {
        if (refuse === 'quota') throw new DOMException('full', 'QuotaExceededError');
        if (refuse === 'security') throw new DOMException('no', 'SecurityError');
        data.set(k, v);
      },
      removeItem: (k: string) => void data.delete(k),
      clear: () => data.clear(),
    } as Storage,
  };
}

describe('createSafeEngine', () => {
  it('reads and writes through to storage and lists only this site’s keys', () => {
    const { storage, data } = fakeStorage();
    data.set('other-site', 'x');
    const engine = createSafeEngine(storage);
    engine['cii-guide:a'] = '1';
    expect(data.get('cii-guide:a')).toBe('1');
    expect('cii-guide:a' in engine).toBe(true);
    expect(Object.keys(engine)).toEqual(['cii-guide:a']);
    delete engine['cii-guide:a'];
    expect(data.has('cii-guide:a')).toBe(false);
  });

  it('keeps a value it could not write when storage is full, and says so', () => {
    $storageState.set('ok');
    const { storage, data } = fakeStorage('quota');
    const engine = createSafeEngine(storage);
    engine['cii-guide:a'] = 'kept';
    expect(engine['cii-guide:a']).toBe('kept');
    expect(data.size).toBe(0);
    expect($storageState.get()).toBe('full');
  });

  it('works from memory when there is no storage at all', () => {
    $storageState.set('ok');
    const engine = createSafeEngine(undefined);
    engine['cii-guide:a'] = 'in memory';
    expect(engine['cii-guide:a']).toBe('in memory');
    expect(Object.keys(engine)).toEqual(['cii-guide:a']);
    expect($storageState.get()).toBe('blocked');
  });

  it('never throws when storage refuses to be read', () => {
    const broken = {
      get length(): number {
        throw new Error('gone');
      },
      getItem() {
        throw new Error('gone');
      },
    } as unknown as Storage;
    const engine = createSafeEngine(broken);
    expect(engine['cii-guide:a']).toBeUndefined();
    expect(Object.keys(engine)).toEqual([]);
  });
});
