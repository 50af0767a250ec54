// The partners' files loaded on the compare page. They live in memory unless the reader asks
// to keep them on this device.
//
// Storage key, only while "Keep these files on this device" is on:
//   cii-guide:compare   { "v": 1, "hideNames": boolean, "partners": [PartnerFile, …] }
// A PartnerFile holds the validated assessment from one exported file, the ids and prompts of
// the question bank it was made with, and the reader's label for it. Anything in the stored
// value that does not read back cleanly is dropped, never shown.
import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import './storage.ts';
import { COMPARE_KEY } from '../lib/storage-keys.ts';
import type { Assessment } from '../lib/model.ts';
import { readCurrent } from '../lib/stored-assessment.ts';

/** One partner's exported file, as loaded. */
export interface PartnerFile {
  /** Unique within the page: the order it was added in. */
  key: string;
  fileName: string;
  label: string;
  assessment: Assessment;
  /** The question bank the file was made with. */
  questions: { id: string; prompt: string }[];
}

const STORED_VERSION = 1;

/** The loaded files, in the order they were added. */
export const $partners = atom<PartnerFile[]>([]);
/** Whether names are replaced by Partner A, B, C everywhere. */
export const $hideNames = atom(false);
/** Whether the files are kept on this device. */
export const $keepFiles = atom(false);

const $saved = persistentAtom<string | undefined>(COMPARE_KEY, undefined);

function readSaved(text: string | undefined): { hideNames: boolean; partners: PartnerFile[] } | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as { v?: unknown; hideNames?: unknown; partners?: unknown };
    if (data.v !== STORED_VERSION || !Array.isArray(data.partners)) return undefined;
    const partners = data.partners.flatMap((p: Partial<PartnerFile>, i) => {
      const read = p && typeof p === 'object' && p.assessment ? readCurrent(p.assessment as unknown as Record<string, unknown>) : undefined;
      if (read?.kind !== 'ok' || !Array.isArray(p.questions)) return [];
      const questions = p.questions.filter((q) => typeof q?.id === 'string' && typeof q?.prompt === 'string');
      return [{ key: `saved-${i}`, fileName: String(p.fileName ?? ''), label: String(p.label ?? '').slice(0, 80), assessment: read.assessment, questions }];
    });
    return { hideNames: data.hideNames === true, partners };
  } catch {
    return undefined;
  }
}

function persist() {
  if (!$keepFiles.get()) return;
  $saved.set(JSON.stringify({ v: STORED_VERSION, hideNames: $hideNames.get(), partners: $partners.get() }));
}

// Files kept from an earlier visit come back when the page first uses the list.
onMount($partners, () => {
  const saved = readSaved($saved.get());
  if (saved && saved.partners.length > 0) {
    $partners.set(saved.partners);
    $hideNames.set(saved.hideNames);
    $keepFiles.set(true);
  }
});

let added = 0;

/** Adds partners' files to the comparison. */
export function addPartners(files: Omit<PartnerFile, 'key'>[]) {
  $partners.set([...$partners.get(), ...files.map((f) => ({ ...f, key: `added-${++added}` }))]);
  persist();
}

/** Removes one partner's file. */
export function removePartner(key: string) {
  $partners.set($partners.get().filter((p) => p.key !== key));
  persist();
}

/** Removes every file, from the page and from this device. */
export function clearPartners() {
  $partners.set([]);
  $saved.set(undefined);
  $keepFiles.set(false);
}

/** Renames a partner. */
export function setLabel(key: string, label: string) {
  $partners.set($partners.get().map((p) => (p.key === key ? { ...p, label: label.slice(0, 80) } : p)));
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
  if (keep) persist();
  else $saved.set(undefined);
}
