import { describe, expect, it } from 'vitest';
import { $storageState, createStorageArea, probeStorage } from './storage.ts';
import { fakeStorage } from './fake-storage.ts';

describe('probeStorage', () => {
  it('tells full storage (still readable) from storage that cannot be written or read', () => {
    expect(probeStorage(() => fakeStorage().storage).state).toBe('ok');
    expect(probeStorage(() => fakeStorage({ write: 'quota' }).storage).state).toBe('full');
    expect(probeStorage(() => fakeStorage({ write: 'security' }).storage).state).toBe('read-only');
    expect(probeStorage(() => fakeStorage({ read: true }).storage).state).toBe('unreadable');
    expect(probeStorage(() => null).state).toBe('blocked');
    expect(
      probeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }).state,
    ).toBe('blocked');
  });

  it('leaves nothing behind', () => {
    const { storage, data } = fakeStorage();
    probeStorage(() => storage);
    expect(data.size).toBe(0);
  });
});

describe('createStorageArea', () => {
  it('reads and writes through to storage and lists only the keys asked for', () => {
    const { storage, data } = fakeStorage();
    data.set('other-site', 'x');
    const area = createStorageArea(storage, 'ok');
    expect(area.write('cii-guide:a', '1')).toBe(true);
    expect(data.get('cii-guide:a')).toBe('1');
    expect(area.keys('cii-guide:')).toEqual(['cii-guide:a']);
    area.remove('cii-guide:a');
    expect(data.has('cii-guide:a')).toBe(false);
  });

  it('shows everything stored when storage is full, and keeps a value it could not write', () => {
    const { storage, data } = fakeStorage({ write: 'quota' });
    data.set('cii-guide:old', 'earlier');
    const area = createStorageArea(storage, 'full');
    expect(area.read('cii-guide:old')).toBe('earlier');
    expect(area.write('cii-guide:a', 'kept')).toBe(false);
    expect(area.read('cii-guide:a')).toBe('kept');
    expect(area.isSaved('cii-guide:a')).toBe(false);
    expect(area.keys('cii-guide:').sort()).toEqual(['cii-guide:a', 'cii-guide:old']);
    expect($storageState.get()).toBe('full');
  });

  it('says when a write is refused for another reason than space', () => {
    const { storage } = fakeStorage({ write: 'security' });
    const area = createStorageArea(storage, 'ok');
    expect(area.write('cii-guide:a', 'x')).toBe(false);
    expect($storageState.get()).toBe('read-only');
  });

  it('writes nothing when what is stored cannot be read, so nothing unseen is overwritten', () => {
    const { storage, data } = fakeStorage({ read: true });
    const area = createStorageArea(storage, 'unreadable');
    expect(area.write('cii-guide:a', 'x')).toBe(false);
    expect(area.read('cii-guide:a')).toBe('x');
    expect(data.size).toBe(0);
    expect($storageState.get()).toBe('unreadable');
  });

  it('works from memory when there is no storage at all', () => {
    const area = createStorageArea(undefined, 'blocked');
    area.write('cii-guide:a', 'in memory');
    expect(area.read('cii-guide:a')).toBe('in memory');
    expect(area.keys('cii-guide:')).toEqual(['cii-guide:a']);
    area.remove('cii-guide:a');
    expect(area.keys('cii-guide:')).toEqual([]);
  });

  it('keeps answers in memory only when the reader chose so, leaving storage as it was', () => {
    const { storage, data } = fakeStorage();
    data.set('cii-guide:old', 'earlier');
    const area = createStorageArea(storage, 'memory');
    expect(area.read('cii-guide:old')).toBe('earlier');
    area.write('cii-guide:old', 'changed');
    expect(area.read('cii-guide:old')).toBe('changed');
    expect(data.get('cii-guide:old')).toBe('earlier');
  });
});
