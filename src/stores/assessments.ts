// The reader's assessments, kept only in this browser.
//
// Storage keys (all under "cii-guide:", named in src/lib/storage-keys.ts):
//   cii-guide:assessment:<id>   one assessment, JSON, schema version in "v" (see src/lib/stored-assessment.ts
//                               for the shape and the migration policy)
//   cii-guide:active            id of the assessment being answered
//   cii-guide:backup:<id>       raw text of a stored assessment that could not be read, kept aside
//   cii-guide:persist-asked     "yes" once the browser has been asked to keep storage persistently
//
// One key per assessment means a damaged or newer-version record never touches the others.
// Damaged and newer records are held as they were read and written back byte for byte.
// @nanostores/persistent writes every record back when it loads them, so a record migrated from
// an older version is stored in the current shape at once (assessments.test.ts checks this).
import { computed, onMount } from 'nanostores';
import { persistentAtom, persistentBoolean, persistentMap } from '@nanostores/persistent';
import './storage.ts';
import { ACTIVE_KEY, ASSESSMENT_PREFIX, BACKUP_PREFIX, CHANGE_EVENT, PERSIST_ASKED_KEY } from '../lib/storage-keys.ts';
import { byRecent, chooseActive } from '../lib/assessment-list.ts';
import type { Answer, AnswerValue, Assessment, Perspective } from '../lib/model.ts';
import { LIMITS } from '../lib/model.ts';
import { cleanText, readStored, writeStored } from '../lib/stored-assessment.ts';

/** One stored record as the page holds it. */
export type StoredEntry =
  | { kind: 'ok'; assessment: Assessment }
  | { kind: 'newer'; raw: string }
  | { kind: 'damaged'; raw: string };

function decode(raw: string): StoredEntry {
  const result = readStored(raw);
  if (result.kind === 'ok') return { kind: 'ok', assessment: result.assessment };
  return { kind: result.kind, raw };
}

function encode(entry: StoredEntry): string {
  return entry.kind === 'ok' ? writeStored(entry.assessment) : entry.raw;
}

/** Every stored record by assessment id, kept in step with storage and with other tabs. */
export const $entries = persistentMap<Record<string, StoredEntry>>(ASSESSMENT_PREFIX, {}, { encode, decode });

/** The id of the assessment being answered. */
export const $activeId = persistentAtom<string>(ACTIVE_KEY, '');

const $persistAsked = persistentBoolean(PERSIST_ASKED_KEY);

/** The readable assessments, most recently changed first. */
export const $assessments = computed($entries, (entries) =>
  byRecent(Object.values(entries).flatMap((entry) => (entry?.kind === 'ok' ? [entry.assessment] : []))),
);

/** The assessment being answered: the chosen one, else the most recent, else none. */
export const $active = computed([$assessments, $activeId], chooseActive);

// Progress markers on the page read storage themselves; tell them about changes made here,
// including ones that could not be saved.
if (typeof window !== 'undefined') {
  $active.listen((assessment) => window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: assessment })));
}

/** Records this version cannot use: written by a newer version, or damaged. */
export const $storageProblems = computed($entries, (entries) => {
  const ids = (kind: StoredEntry['kind']) => Object.keys(entries).filter((id) => entries[id]?.kind === kind);
  return { newer: ids('newer'), damaged: ids('damaged') };
});

// A damaged record's raw text is copied aside as soon as a page that reports problems sees it.
onMount($storageProblems, () =>
  $entries.subscribe((entries) => {
    for (const [id, entry] of Object.entries(entries)) if (entry?.kind === 'damaged') backupDamaged(id, entry.raw);
  }),
);

function newId(): string {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return `a-${Date.now().toString(36)}-${(random[0] ?? 0).toString(36)}`;
}

function save(assessment: Assessment) {
  $entries.setKey(assessment.id, { kind: 'ok', assessment: { ...assessment, updatedAt: new Date().toISOString() } });
}

/** What a reader types to start or rename an assessment. */
export interface AssessmentDetails {
  place: string;
  partnership: string;
  perspective: Perspective;
}

/** Starts a new assessment and makes it the active one. */
export function createAssessment(details: AssessmentDetails): Assessment {
  const now = new Date().toISOString();
  const assessment: Assessment = {
    id: newId(),
    place: cleanText(details.place, LIMITS.name),
    partnership: cleanText(details.partnership, LIMITS.name),
    perspective: details.perspective,
    createdAt: now,
    updatedAt: now,
    answers: {},
  };
  save(assessment);
  $activeId.set(assessment.id);
  return assessment;
}

/** Makes another assessment the active one. */
export function selectAssessment(id: string) {
  $activeId.set(id);
}

function find(id: string): Assessment | undefined {
  const entry = $entries.get()[id];
  return entry?.kind === 'ok' ? entry.assessment : undefined;
}

/** Changes an assessment's place, partnership or perspective. */
export function updateDetails(id: string, details: AssessmentDetails) {
  const assessment = find(id);
  if (!assessment) return;
  save({
    ...assessment,
    place: cleanText(details.place, LIMITS.name),
    partnership: cleanText(details.partnership, LIMITS.name),
    perspective: details.perspective,
  });
}

/** Removes an assessment for good; the caller has asked the reader first. */
export function deleteAssessment(id: string) {
  $entries.setKey(id, undefined as unknown as StoredEntry);
  if ($activeId.get() === id) $activeId.set($assessments.get()[0]?.id ?? '');
}

/** Clears every answer and note of an assessment, keeping its name. */
export function clearAnswers(id: string) {
  const assessment = find(id);
  if (assessment) save({ ...assessment, answers: {} });
}

/** Adds an assessment from a file or link as a new one, and makes it active. */
export function addAssessment(assessment: Assessment): Assessment {
  const added = { ...assessment, id: newId() };
  $entries.setKey(added.id, { kind: 'ok', assessment: added });
  $activeId.set(added.id);
  return added;
}

/** Replaces an existing assessment's contents with one from a file, keeping its id. */
export function replaceAssessment(id: string, assessment: Assessment) {
  $entries.setKey(id, { kind: 'ok', assessment: { ...assessment, id } });
  $activeId.set(id);
}

/** The assessment to write to, starting an unnamed one if the reader has none yet. */
function activeOrNew(): Assessment {
  return $active.get() ?? createAssessment({ place: '', partnership: '', perspective: 'partnership' });
}

function askForPersistentStorage() {
  if ($persistAsked.get()) return;
  $persistAsked.set(true);
  // Without this, browsers may clear the site's storage under pressure; the answer is not needed.
  void navigator.storage?.persist?.().catch(() => undefined);
}

function updateAnswer(questionId: string, change: (answer: Answer) => Answer) {
  const assessment = activeOrNew();
  const next = change({ ...assessment.answers[questionId] });
  const answers = { ...assessment.answers };
  if (next.value || next.note) answers[questionId] = next;
  else delete answers[questionId];
  save({ ...assessment, answers });
  askForPersistentStorage();
}

/** Records an answer in the active assessment. */
export function setAnswer(questionId: string, value: AnswerValue) {
  updateAnswer(questionId, (answer) => ({ ...answer, value }));
}

/** Records a note in the active assessment; an empty note is removed. */
export function setNote(questionId: string, note: string) {
  const text = note.slice(0, LIMITS.note);
  updateAnswer(questionId, (answer) => {
    const next = { ...answer };
    if (text.trim()) next.note = text;
    else delete next.note;
    return next;
  });
}

/**
 * Moves a damaged record out of the way, but only once its raw text is safe under a backup key:
 * when the copy cannot be written (storage full or blocked), the record stays where it is.
 */
export function setAsideDamaged(id: string): boolean {
  const entry = $entries.get()[id];
  if (entry?.kind !== 'damaged') return true;
  if (!backupDamaged(id, entry.raw)) return false;
  $entries.setKey(id, undefined as unknown as StoredEntry);
  return true;
}

/** Keeps the raw text of a damaged record under a backup key, once; says whether a copy is there. */
export function backupDamaged(id: string, raw: string): boolean {
  try {
    const key = `${BACKUP_PREFIX}${id}`;
    if (localStorage.getItem(key) === null) localStorage.setItem(key, raw);
    return localStorage.getItem(key) !== null;
  } catch {
    // Storage is unavailable: the damaged record itself is still in place, untouched.
    return false;
  }
}

/** The raw text of every damaged record, for the reader to download and keep. */
export function damagedRecords(): { id: string; raw: string }[] {
  return Object.entries($entries.get()).flatMap(([id, entry]) => (entry?.kind === 'damaged' ? [{ id, raw: entry.raw }] : []));
}
