// Whether the storage notice must ask before anything is saved.
import type { StorageState } from '../../stores/storage.ts';

/** Opened from disk, any other file the browser opens from disk shares this storage: ask first. */
export const mustAskFirst = (memoryChoice: 'yes' | 'no' | undefined, state: StorageState) =>
  location.protocol === 'file:' && memoryChoice === undefined && state === 'ok';
