// The reader's assessments, kept only in this browser.
//
// Storage keys (all under "cii-guide:", named in src/lib/storage-keys.ts):
//   localStorage   cii-guide:assessment:<id>   one assessment, JSON, schema version in "v" (see
//                                              src/lib/stored-assessment.ts for the shape and the
//                                              migration policy)
//   sessionStorage cii-guide:active            this tab's assessment
//   localStorage   cii-guide:active            the assessment last chosen in any tab: a new tab starts there
//   localStorage   cii-guide:backup:<id>[:n]   raw text of a stored assessment that could not be read
//   localStorage   cii-guide:persist-asked     "yes" once the browser has been asked to keep storage
//
// Rules that keep every answer, whatever the tabs do:
// - A record is written only when the reader changes it: opening a page never rewrites anything,
//   so a record from the first release stays as it was until it is answered in, and then is
//   written in the current shape with everything it held.
// - Each tab has its own active assessment; choosing another in one tab never moves another
//   tab's typing. When another tab deletes the assessment this tab shows, this tab keeps it on
//   screen (unsaved) and offers to restore it.
// - Two tabs changing one assessment are merged question by question (lib/merge-records.ts):
//   a tab that hears of another's write and holds something later writes the merge back.
// - Damaged and newer-version records are held as they were read and never written.
// @nanostores/persistent is not used here because it writes every record back whenever a page
// loads or comes back from the back/forward cache, which undid other tabs' typing; storage.ts
// gives the few reads and writes needed, never throwing.
import { atom, computed, map, onMount } from 'nanostores';
import { keepBackup, storageArea, $storageState } from './storage.ts';
import { ACTIVE_KEY, ASSESSMENT_PREFIX, CHANGE_EVENT, PERSIST_ASKED_KEY } from '../lib/storage-keys.ts';
import { byRecent } from '../lib/assessment-list.ts';
import type { Answer, AnswerValue, Assessment, Perspective, Phase, PlanItem } from '../lib/model.ts';
import { LIMITS } from '../lib/model.ts';
import { mergeRecords } from '../lib/merge-records.ts';
import { cleanName, cutText, readStored, toRecord, writeRecord, type StoredRecord } from '../lib/stored-assessment.ts';

/** One stored record as the page holds it. */
export type StoredEntry = { kind: 'ok'; assessment: Assessment; record: StoredRecord } | { kind: 'newer'; raw: string } | { kind: 'damaged'; raw: string };

function decode(raw: string): StoredEntry {
  const result = readStored(raw);
  if (result.kind === 'ok') return { kind: 'ok', assessment: result.assessment, record: result.record };
  return { kind: result.kind, raw };
}

const keyOf = (id: string) => `${ASSESSMENT_PREFIX}${id}`;

/** Every stored record by assessment id, kept in step with storage and with other tabs. */
export const $entries = map<Record<string, StoredEntry | undefined>>({});

/** This tab's assessment id. */
export const $activeId = atom<string>('');

/**
 * The assessment this tab was answering when another tab deleted it: still on screen, not
 * saved, until the reader restores it or chooses another.
 */
export const $orphan = atom<Assessment | undefined>(undefined);

function readAll() {
  const entries: Record<string, StoredEntry> = {};
  for (const key of storageArea.keys(ASSESSMENT_PREFIX)) {
    const raw = storageArea.read(key);
    if (raw !== undefined) entries[key.slice(ASSESSMENT_PREFIX.length)] = decode(raw);
  }
  return entries;
}

function readActiveId(): string {
  for (const area of ['sessionStorage', 'localStorage'] as const) {
    try {
      const id = window[area].getItem(ACTIVE_KEY);
      if (id) return id;
    } catch {
      // This kind of storage is unavailable; try the next, else start with none.
    }
  }
  return '';
}

function rememberActive(id: string) {
  $activeId.set(id);
  for (const area of ['sessionStorage', 'localStorage'] as const) {
    try {
      if (id) window[area].setItem(ACTIVE_KEY, id);
      else window[area].removeItem(ACTIVE_KEY);
    } catch {
      // Not remembered: this tab still knows its choice until it is closed.
    }
  }
}

/** Another tab wrote (or deleted) one assessment: follow it, merging what this tab holds. */
function follow(id: string, raw: string | null) {
  const local = $entries.get()[id];
  if (raw === null) {
    if (local?.kind === 'ok' && id === $activeId.get()) $orphan.set(local.assessment);
    $entries.setKey(id, undefined);
    return;
  }
  const incoming = decode(raw);
  if (incoming.kind === 'ok' && local?.kind === 'ok') {
    const { record, mineLater } = mergeRecords(local.record, incoming.record);
    if (mineLater) {
      store(id, record);
      return;
    }
  }
  if (incoming.kind === 'ok' && $orphan.get()?.id === id) $orphan.set(undefined);
  $entries.setKey(id, incoming);
}

function onStorage(event: StorageEvent) {
  if (event.storageArea && event.storageArea !== window.localStorage) return;
  if (event.key === null) $entries.set(readAll());
  else if (event.key.startsWith(ASSESSMENT_PREFIX)) follow(event.key.slice(ASSESSMENT_PREFIX.length), event.newValue);
}

/** A page back from the back/forward cache may have missed other tabs' changes. */
function onPageShow(event: PageTransitionEvent) {
  if (!event.persisted) return;
  const stored = readAll();
  for (const id of new Set([...Object.keys($entries.get()), ...Object.keys(stored)])) {
    const entry = stored[id];
    follow(id, entry ? (entry.kind === 'ok' ? writeRecord(entry.record) : entry.raw) : null);
  }
}

onMount($entries, () => {
  $entries.set(readAll());
  $activeId.set(readActiveId());
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
  };
});

/** The readable assessments, most recently changed first. */
export const $assessments = computed($entries, (entries) =>
  byRecent(Object.values(entries).flatMap((entry) => (entry?.kind === 'ok' ? [entry.assessment] : []))),
);

/**
 * The assessment this tab is answering: its own choice, else the one deleted under it (kept
 * until the reader decides), else the most recently changed, else none.
 */
export const $active = computed(
  [$assessments, $activeId, $orphan],
  (list, id, orphan) => list.find((a) => a.id === id) ?? (orphan && orphan.id === id ? orphan : undefined) ?? list[0],
);

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

// Times within one tab only move forward, so two changes in the same millisecond keep their order.
let lastTime = 0;
function now(): string {
  lastTime = Math.max(Date.now(), lastTime + 1);
  return new Date(lastTime).toISOString();
}

function newId(): string {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return `a-${Date.now().toString(36)}-${(random[0] ?? 0).toString(36)}`;
}

/** Writes a record and shows it; what could not be saved stays on screen (storage.ts says so). */
function store(id: string, record: StoredRecord) {
  const text = writeRecord(record);
  storageArea.write(keyOf(id), text);
  $entries.setKey(id, decode(text));
}

/**
 * Applies a change to one assessment, starting from the freshest copy: this tab's, merged with
 * what storage holds now in case another tab's write has not reached this tab yet. A record
 * deleted by another tab is not brought back: the change stays on screen, unsaved.
 * Exported only for the store's own parts kept in files apart (record-review.ts): components
 * call the named changes below.
 */
export function change(id: string, edit: (record: StoredRecord, at: string) => StoredRecord): boolean {
  const at = now();
  const orphan = $orphan.get();
  if (orphan?.id === id) {
    const edited = readStored(writeRecord(edit(toRecord(orphan), at)));
    if (edited.kind === 'ok') $orphan.set({ ...edited.assessment, updatedAt: at });
    return false;
  }
  const local = $entries.get()[id];
  if (local?.kind !== 'ok') return false;
  const raw = storageArea.read(keyOf(id));
  if (raw === undefined) {
    if (id === $activeId.get()) $orphan.set(local.assessment);
    $entries.setKey(id, undefined);
    return change(id, edit);
  }
  const stored = decode(raw);
  if (stored.kind !== 'ok') {
    // Another tab has just written this record in a newer version, or damaged it: leave it be.
    $entries.setKey(id, stored);
    return false;
  }
  const base = mergeRecords(local.record, stored.record).record;
  store(id, { ...edit(base, at), updatedAt: at });
  return true;
}

/** What a reader types to start an assessment or change its details. */
export interface AssessmentDetails {
  place: string;
  partnership: string;
  organisation: string;
  perspective: Perspective;
}

/** Starts a new assessment and makes it this tab's active one. */
export function createAssessment(details: AssessmentDetails): Assessment {
  const at = now();
  const assessment: Assessment = {
    id: newId(),
    place: cleanName(details.place),
    partnership: cleanName(details.partnership),
    organisation: cleanName(details.organisation),
    perspective: details.perspective,
    phase: 'commit',
    createdAt: at,
    updatedAt: at,
    answers: {},
    plan: {},
    reviews: [],
    nextReview: '',
  };
  store(assessment.id, toRecord(assessment));
  rememberActive(assessment.id);
  return assessment;
}

/** Makes another assessment this tab's active one (and the one new tabs start with). */
export function selectAssessment(id: string) {
  $orphan.set(undefined);
  rememberActive(id);
}

/** Changes an assessment's names or role. */
export function updateDetails(id: string, details: AssessmentDetails) {
  change(id, (record, at) => ({
    ...record,
    place: cleanName(details.place),
    partnership: cleanName(details.partnership),
    organisation: cleanName(details.organisation),
    perspective: details.perspective,
    detailsAt: at,
  }));
}

/** Says which phase of its life the partnership is in. */
export function setPhase(id: string, phase: Phase) {
  change(id, (record, at) => ({ ...record, phase, detailsAt: at }));
}

/** Removes an assessment for good; the caller has asked the reader first. */
export function deleteAssessment(id: string) {
  storageArea.remove(keyOf(id));
  $entries.setKey(id, undefined);
  if ($orphan.get()?.id === id) $orphan.set(undefined);
  if ($activeId.get() === id) rememberActive($assessments.get()[0]?.id ?? '');
}

/** Saves again the assessment another tab deleted while this tab was answering it. */
export function restoreOrphan() {
  const orphan = $orphan.get();
  if (!orphan) return;
  $orphan.set(undefined);
  store(orphan.id, toRecord({ ...orphan, updatedAt: now() }));
  rememberActive(orphan.id);
}

/** Marks every answer of a record as cleared at one moment, so other tabs' copies do not bring them back. */
function clearedAnswers(record: StoredRecord, at: string): Record<string, unknown> {
  const answers = typeof record.answers === 'object' && record.answers !== null ? record.answers : {};
  return Object.fromEntries(Object.keys(answers).map((qid) => [qid, { at }]));
}

/** Clears every answer and note of an assessment, keeping its name and plan. */
export function clearAnswers(id: string) {
  change(id, (record, at) => ({ ...record, answers: clearedAnswers(record, at) }));
}

/** Adds an assessment from a file or link as a new one, and makes it this tab's active one. */
export function addAssessment(assessment: Assessment): Assessment {
  const at = now();
  const added: Assessment = { ...assessment, id: newId() };
  store(added.id, { ...toRecord(added), detailsAt: at });
  rememberActive(added.id);
  return added;
}

/**
 * Replaces an existing assessment's contents with one from a file, keeping its id and anything
 * the record holds that this version does not know. Everything takes this moment's time, so a
 * copy open in another tab cannot bring the replaced answers back.
 */
export function replaceAssessment(id: string, assessment: Assessment) {
  const retime = <T extends object>(items: Record<string, T>, at: string) =>
    Object.fromEntries(Object.entries(items).map(([key, item]) => [key, { ...item, at }]));
  const apply = (record: StoredRecord, at: string): StoredRecord => ({
    ...record,
    ...toRecord({ ...assessment, id }),
    answers: { ...clearedAnswers(record, at), ...retime(assessment.answers, at) },
    plan: retime(assessment.plan, at),
    detailsAt: at,
  });
  if (!change(id, apply) && $entries.get()[id]?.kind !== 'ok') store(id, apply({}, now()));
  rememberActive(id);
}

/** The assessment to write to, starting an unnamed one if the reader has none yet. */
function activeOrNew(): Assessment {
  return $active.get() ?? createAssessment({ place: '', partnership: '', organisation: '', perspective: 'partnership' });
}

function askForPersistentStorage() {
  if (storageArea.read(PERSIST_ASKED_KEY) === 'yes' || $storageState.get() !== 'ok') return;
  storageArea.write(PERSIST_ASKED_KEY, 'yes');
  // Without this, browsers may clear the site's storage under pressure; the answer is not needed.
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** Changes one answer of the active assessment, keeping whatever else the stored answer holds. */
function updateAnswer(questionId: string, update: (answer: Answer) => Answer) {
  const assessment = activeOrNew();
  change(assessment.id, (record, at) => {
    const answers = typeof record.answers === 'object' && record.answers !== null ? (record.answers as Record<string, Answer>) : {};
    const next: Answer = { ...update({ ...answers[questionId] }), at };
    return { ...record, answers: { ...answers, [questionId]: next } };
  });
  askForPersistentStorage();
}

/** Records an answer in the active assessment. */
export function setAnswer(questionId: string, value: AnswerValue) {
  updateAnswer(questionId, (answer) => ({ ...answer, value }));
}

/** Records a note in the active assessment exactly as typed (up to the limit); an empty note is removed. */
export function setNote(questionId: string, note: string) {
  const text = cutText(note, LIMITS.note);
  updateAnswer(questionId, (answer) => {
    const next = { ...answer };
    if (text) next.note = text;
    else delete next.note;
    return next;
  });
}

/** The plan items of a record, as stored (with whatever this version does not know kept). */
const planOf = (record: StoredRecord) =>
  (typeof record.plan === 'object' && record.plan !== null && !Array.isArray(record.plan) ? record.plan : {}) as Record<string, PlanItem>;

/**
 * Changes the action for one question of an assessment: owner, person, due date, status or note.
 * An empty value removes that part. Whatever else the stored item holds is kept.
 */
export function setPlanItem(id: string, questionId: string, parts: Partial<Record<keyof Omit<PlanItem, 'at'>, string>>): boolean {
  return change(id, (record, at) => {
    const plan = planOf(record);
    const item: Record<string, unknown> = { ...plan[questionId] };
    for (const [key, value] of Object.entries(parts)) {
      const text = key === 'note' ? cutText(value ?? '', LIMITS.note) : key === 'person' ? cutText(value ?? '', LIMITS.name) : value;
      if (text) item[key] = text;
      else delete item[key];
    }
    return { ...record, plan: { ...plan, [questionId]: { ...item, at } } };
  });
}

/** Sets or clears the date of the next review (YYYY-MM-DD). */
export function setNextReview(id: string, day: string) {
  change(id, (record, at) => ({ ...record, nextReview: day, detailsAt: at }));
}

/**
 * Moves a damaged record out of the way, but only once its raw text is safe under a backup key:
 * when the copy cannot be written (storage full or blocked), the record stays where it is.
 */
export function setAsideDamaged(id: string): boolean {
  const entry = $entries.get()[id];
  if (entry?.kind !== 'damaged') return true;
  if (!backupDamaged(id, entry.raw)) return false;
  storageArea.remove(keyOf(id));
  $entries.setKey(id, undefined);
  return true;
}

/** Keeps the raw text of a damaged record under its id's backup key; says whether a copy is there. */
export function backupDamaged(id: string, raw: string): boolean {
  return keepBackup(id, raw);
}

/** The raw text of every damaged record, for the reader to download and keep. */
export function damagedRecords(): { id: string; raw: string }[] {
  return Object.entries($entries.get()).flatMap(([id, entry]) => (entry?.kind === 'damaged' ? [{ id, raw: entry.raw }] : []));
}
