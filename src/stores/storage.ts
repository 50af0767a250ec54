// This site's window on localStorage: it never throws, keeps in memory what it could not write,
// and says in $storageState what the reader needs to know. Browsers fail in several ways: no
// storage at all, storage that can be read but not written (some private windows), storage that
// is full (then the page may still read everything), and storage that cannot even be read.
// Each gets its own plain message (content/ui/assessment.json, "storage"), and none hides what is
// still there.
//
// The assessments store (assessments.ts) uses the area directly; @nanostores/persistent, used for
// the compare page's kept files, gets an engine built on the same area (compare.ts).
import { atom } from 'nanostores';
import { BACKUP_PREFIX, KEY_PREFIX, MEMORY_ONLY_KEY } from '../lib/storage-keys.ts';

/**
 * ok: saved on this device. full: the last save failed for want of space. read-only: the browser
 * lets the page read but not save. unreadable: what was stored cannot be read now (it is not
 * gone); nothing is written either. blocked: no storage at all. memory: the reader chose to keep
 * answers only in this page (offered in the single-file edition opened from disk).
 */
export type StorageState = 'ok' | 'full' | 'read-only' | 'unreadable' | 'blocked' | 'memory';

/** Whether answers are being kept on this device. */
export const $storageState = atom<StorageState>('ok');

/** What the page can do with storage: read it, and write to it. */
export interface StorageArea {
  read(key: string): string | undefined;
  /** Writes a value; false when it is only kept in memory. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** False while the key's latest value is held only in this page's memory. */
  isSaved(key: string): boolean;
  /** Every key of this site that starts with the prefix, stored or held in memory. */
  keys(prefix: string): string[];
}

const isQuotaError = (error: unknown) => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Finds out what this browser's storage allows, without changing anything stored. */
export function probeStorage(open: () => Storage | null | undefined): { storage?: Storage; state: StorageState } {
  let storage: Storage | null | undefined;
  try {
    storage = open();
  } catch {
    return { state: 'blocked' };
  }
  if (!storage) return { state: 'blocked' };
  try {
    void storage.length;
    storage.getItem(`${KEY_PREFIX}probe`);
  } catch {
    return { storage, state: 'unreadable' };
  }
  try {
    if (storage.getItem(MEMORY_ONLY_KEY) === 'yes') return { storage, state: 'memory' };
  } catch {
    // Read above worked; a failure here is as good as "not chosen".
  }
  try {
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, state: 'ok' };
  } catch (error) {
    return { storage, state: isQuotaError(error) ? 'full' : 'read-only' };
  }
}

/** Builds the storage area over a browser Storage (or none), reporting into $storageState. */
export function createStorageArea(storage: Storage | undefined, initial: StorageState): StorageArea {
  $storageState.set(initial);
  // Values that could not be written: they win over what storage holds, for this tab only.
  const unsaved = new Map<string, string | null>();
  const readable = storage && initial !== 'unreadable';
  const writable = () => readable && !['blocked', 'unreadable', 'memory'].includes($storageState.get());

  if (typeof window !== 'undefined') {
    // Another tab saved a key: its value is now the truth, not this tab's unsaved copy.
    window.addEventListener('storage', (event) => (event.key ? unsaved.delete(event.key) : unsaved.clear()));
  }

  return {
    read(key) {
      if (unsaved.has(key)) return unsaved.get(key) ?? undefined;
      if (!readable) return undefined;
      try {
        return storage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      if (!writable()) {
        unsaved.set(key, value);
        return false;
      }
      try {
        storage!.setItem(key, value);
        unsaved.delete(key);
        if ($storageState.get() === 'full') $storageState.set('ok');
        return true;
      } catch (error) {
        unsaved.set(key, value);
        $storageState.set(isQuotaError(error) ? 'full' : 'read-only');
        return false;
      }
    },
    remove(key) {
      if (!writable()) {
        unsaved.set(key, null);
        return;
      }
      unsaved.delete(key);
      try {
        storage!.removeItem(key);
      } catch {
        unsaved.set(key, null);
      }
    },
    isSaved: (key) => !unsaved.has(key),
    keys(prefix) {
      const found = new Set<string>();
      if (readable) {
        try {
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i);
            if (key?.startsWith(prefix)) found.add(key);
          }
        } catch {
          // Unreadable after all: the unsaved values are all we have.
        }
      }
      for (const [key, value] of unsaved) {
        if (!key.startsWith(prefix)) continue;
        if (value === null) found.delete(key);
        else found.add(key);
      }
      return [...found];
    },
  };
}

/** The object @nanostores/persistent reads and writes like localStorage, over a storage area. */
export function persistentEngine(area: StorageArea): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? area.read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && area.read(key) !== undefined,
    set(_target, key, value) {
      if (typeof key === 'string') area.write(key, String(value));
      // A Proxy set trap must report success, or strict-mode callers throw.
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key === 'string') area.remove(key);
      return true;
    },
    ownKeys: () => area.keys(KEY_PREFIX),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === 'string' ? area.read(key) : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: true };
    },
  });
}

function openArea(): StorageArea {
  if (typeof window === 'undefined') return createStorageArea(undefined, 'blocked');
  const { storage, state } = probeStorage(() => window.localStorage);
  return createStorageArea(storage, state);
}

/** This page's storage area. */
export const storageArea: StorageArea = openArea();

/**
 * Keeps the raw text of a damaged record under `cii-guide:backup:<name>`; says whether a copy is
 * there. A different text for the same name gets a key of its own (`:2`, `:3`, …), so no copy
 * overwrites another.
 */
export function keepBackup(name: string, raw: string): boolean {
  const base = `${BACKUP_PREFIX}${name}`;
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? base : `${base}:${n}`;
    const kept = storageArea.read(key);
    // A copy held only in this page's memory is no copy: the record must stay where it is.
    if (kept === raw) return storageArea.isSaved(key);
    if (kept === undefined) return storageArea.write(key, raw);
  }
  return false;
}

/**
 * The reader's choice, in the single-file edition opened from disk, between keeping answers only
 * in the page and saving them in the browser; undefined until they choose.
 */
export const $memoryChoice = atom<'yes' | 'no' | undefined>(undefined);

if (typeof window !== 'undefined') {
  const chosen = storageArea.read(MEMORY_ONLY_KEY);
  if (chosen === 'yes' || chosen === 'no') $memoryChoice.set(chosen);
}

/**
 * Keeps answers only in this page from now on, or saves them on this device. The choice itself
 * is remembered: it says nothing about the answers.
 */
export function setMemoryOnly(memoryOnly: boolean) {
  const choice = memoryOnly ? 'yes' : 'no';
  $memoryChoice.set(choice);
  try {
    localStorage.setItem(MEMORY_ONLY_KEY, choice);
  } catch {
    // Not remembered: the choice holds for this page.
  }
  $storageState.set(memoryOnly ? 'memory' : probeStorage(() => window.localStorage).state);
}
