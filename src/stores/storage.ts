// A storage engine for @nanostores/persistent that never throws and tells the page what it could
// not keep. The library writes straight to localStorage: when storage is blocked it silently
// keeps values in memory, and when storage is full its set() throws and the screen is not
// updated. This engine keeps a value in memory whenever writing it failed, so what is on screen
// stays, and reports the state in $storageState for the notice.
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { KEY_PREFIX } from '../lib/storage-keys.ts';

/** ok: saved on this device; blocked: storage unavailable, memory only; full: the last save failed. */
export type StorageState = 'ok' | 'blocked' | 'full';

/** Whether answers are being kept on this device. */
export const $storageState = atom<StorageState>('ok');


function openLocalStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** Builds the object @nanostores/persistent reads and writes like localStorage. */
export function createSafeEngine(storage: Storage | undefined): Record<string, string> {
  // Values that could not be written: they win over what storage holds, for this tab only.
  const unsaved = new Map<string, string>();
  const read = (key: string): string | undefined => {
    if (unsaved.has(key)) return unsaved.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  if (typeof window !== 'undefined') {
    // Another tab saved a key: its value is now the truth, not this tab's unsaved copy.
    window.addEventListener('storage', (event) => (event.key ? unsaved.delete(event.key) : unsaved.clear()));
  }
  const keys = (): string[] => {
    const found = new Set(unsaved.keys());
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(KEY_PREFIX)) found.add(key);
      }
    } catch {
      // Unreadable storage: the unsaved values are all we have.
    }
    return [...found];
  };
  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set(_target, key, value) {
      if (typeof key !== 'string') return true;
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, String(value));
        unsaved.delete(key);
        if ($storageState.get() === 'full') $storageState.set('ok');
      } catch (error) {
        unsaved.set(key, String(value));
        $storageState.set(storage && isQuotaError(error) ? 'full' : 'blocked');
      }
      // A Proxy set trap must report success, or strict-mode callers throw.
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return true;
      unsaved.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: the key is gone from memory and the page carries on.
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}

if (typeof window !== 'undefined') {
  const storage = openLocalStorage();
  if (!storage) $storageState.set('blocked');
  setPersistentEngine(createSafeEngine(storage), windowPersistentEvents);
}
