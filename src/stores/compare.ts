// The partners' files loaded on the compare page. They live in memory unless the reader asks
// to keep them on this device.
//
// Storage key, only while "Keep these files on this device" is on:
//   cii-guide:compare   { "v": 1, "hideNames": boolean, "partners": [PartnerFile, …] }
// A PartnerFile holds the validated assessment from one exported file, the ids and prompts of
// the question bank it was made with, and the reader's label for it. Anything in the stored
// value that does not read back cleanly is dropped, never shown; of two records for the same
// assessment (kept before later exports replaced earlier ones), the later export is kept.
// Older records may carry a "key" field: it is ignored, the assessment id identifies a file.
//
// Tabs: while files are kept, the stored value is the one list every tab shows. A change in
// one tab (a file added, removed or relabelled, names hidden, everything removed) reaches the
// others through @nanostores/persistent's storage events, so no tab writes back a list another
// tab has cleared. A tab that is not keeping files and already has its own leaves them alone.
import { atom, onMount } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { persistentEngine, storageArea } from './storage.ts';
import { COMPARE_KEY } from '../lib/storage-keys.ts';
import { LIMITS, type Assessment } from '../lib/model.ts';
import { placeFile, type Arrival } from '../lib/compare.ts';
import { readCurrent } from '../lib/stored-assessment.ts';

/** One partner's exported file, as loaded. Its assessment's id is unique in the list. */
export interface PartnerFile {
  fileName: string;
  label: string;
  assessment: Assessment;
  /** The question bank the file was made with. */
  questions: { id: string; prompt: string }[];
}

/** What became of one offered file: see placeFile in src/lib/compare.ts. */
export interface PartnerArrival {
  file: PartnerFile;
  arrival: Arrival;
  /** The file already in the list for the same assessment, when there was one. */
  previous?: PartnerFile;
}

const STORED_VERSION = 1;

// The kept files go through the same storage area as the assessments, so failures are reported alike.
if (typeof window !== 'undefined') setPersistentEngine(persistentEngine(storageArea), windowPersistentEvents);

/** The loaded files, in the order they were added. */
export const $partners = atom<PartnerFile[]>([]);
/** Whether names are replaced by Partner A, B, C everywhere. */
export const $hideNames = atom(false);
/** Whether the files are kept on this device. */
export const $keepFiles = atom(false);
/** True when the reader asked to keep the files but this browser could not save them. */
export const $keepFailed = atom(false);

const $saved = persistentAtom<string | undefined>(COMPARE_KEY, undefined);

interface Saved {
  hideNames: boolean;
  partners: PartnerFile[];
}

function readSaved(text: string | undefined): Saved | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as { v?: unknown; hideNames?: unknown; partners?: unknown };
    if (data.v !== STORED_VERSION || !Array.isArray(data.partners)) return undefined;
    let partners: PartnerFile[] = [];
    for (const p of data.partners as Partial<PartnerFile>[]) {
      const read = p && typeof p === 'object' && p.assessment ? readCurrent(p.assessment as unknown as Record<string, unknown>) : undefined;
      if (read?.kind !== 'ok' || !Array.isArray(p.questions)) continue;
      const questions = p.questions.filter((q) => typeof q?.id === 'string' && typeof q?.prompt === 'string');
      const file = { fileName: String(p.fileName ?? ''), label: String(p.label ?? '').slice(0, LIMITS.name), assessment: read.assessment, questions };
      partners = placeFile(partners, file).list;
    }
    return { hideNames: data.hideNames === true, partners };
  } catch {
    return undefined;
  }
}

// What this tab last wrote, so its own writes are not taken for another tab's.
let written: string | undefined;

function write(text: string | undefined) {
  written = text;
  $saved.set(text);
}

function persist() {
  if (!$keepFiles.get()) return;
  write(JSON.stringify({ v: STORED_VERSION, hideNames: $hideNames.get(), partners: $partners.get() }));
  if (!storageArea.isSaved(COMPARE_KEY)) {
    // Not kept (storage full or unavailable): say so, and leave no older, shorter list behind
    // to come back on the next visit as if it were these files.
    $keepFailed.set(true);
    $keepFiles.set(false);
    write(undefined);
  } else {
    $keepFailed.set(false);
  }
}

function adopt(saved: Saved) {
  $partners.set(saved.partners);
  $hideNames.set(saved.hideNames);
  $keepFiles.set(true);
}

/** Another tab changed or removed the kept files. */
function followOtherTab(text: string | undefined) {
  if (text === written) return;
  written = text;
  const saved = readSaved(text);
  if (saved) {
    if ($keepFiles.get() || $partners.get().length === 0) adopt(saved);
  } else {
    // The kept copy is gone: this tab's files stay on its page, no longer kept.
    $keepFiles.set(false);
  }
}

// Files kept from an earlier visit come back when the page first uses the list, and from then
// on the list follows what other tabs keep.
onMount($partners, () => {
  written = $saved.get();
  const saved = readSaved(written);
  if (saved && saved.partners.length > 0) adopt(saved);
  return $saved.listen(followOtherTab);
});

/**
 * Adds partners' files to the comparison. A later export of an assessment already loaded takes
 * the earlier one's place (keeping the reader's label); the same or an earlier export is left out.
 */
export function addPartners(files: PartnerFile[]): PartnerArrival[] {
  let list = $partners.get();
  const arrivals = files.map((offered) => {
    const previous = list.find((p) => p.assessment.id === offered.assessment.id);
    const file = previous ? { ...offered, label: previous.label } : offered;
    const placed = placeFile(list, file);
    list = placed.list;
    return { file, arrival: placed.arrival, ...(placed.previous && { previous: placed.previous }) };
  });
  $partners.set(list);
  persist();
  return arrivals;
}

/** Removes one partner's file. */
export function removePartner(id: string) {
  $partners.set($partners.get().filter((p) => p.assessment.id !== id));
  persist();
}

/** Removes every file from the page and, when they are kept, from this device and every tab. */
export function clearPartners() {
  $partners.set([]);
  if ($keepFiles.get()) {
    // Other tabs keeping the same files first see the list emptied, then the copy removed.
    persist();
    write(undefined);
  }
  $keepFiles.set(false);
}

/** Renames a partner. */
export function setLabel(id: string, label: string) {
  $partners.set($partners.get().map((p) => (p.assessment.id === id ? { ...p, label: label.slice(0, LIMITS.name) } : p)));
  persist();
}

/** Shows or hides names. */
export function setHideNames(hide: boolean) {
  $hideNames.set(hide);
  persist();
}

/** Keeps the files on this device, or forgets the kept copy. */
export function setKeepFiles(keep: boolean) {
  $keepFiles.set(keep);
  $keepFailed.set(false);
  if (keep) persist();
  else write(undefined);
}
