// The partners' meeting in progress, kept on this device so a meeting closed by accident (or by
// a flat battery) resumes where it stopped. One meeting at a time.
//
// Storage key (named in src/lib/storage-keys.ts), written through the storage area (storage.ts):
//   localStorage  cii-guide:meeting
//   { "v": 1, "startedAt": ISO, "place": "Leeds", "partnership": "…", "phase": "commit",
//     "hideNames": false, "bankVersion": "2026-12-04",
//     "partners": [ { "role": "public-body", "name": "Leeds City Council" }, … ]   name "" when hidden
//     "questions": [ "<question id>", … ]        the agenda in order (the rest appended when asked for)
//     "rest": [ "<question id>", … ]             the questions the partners may still add
//     "answers": { "<question id>": [ { "value"?: "yes", "note"?: "…" }, … ] }   one per partner
//     "current": 3,                               the question on screen; questions.length is the end
//     "items": { "<question id>": { "revealed"?: true, "answer"?: "partly", "decision"?: "…",
//                "owner"?: "funder", "person"?: "…", "due"?: "2027-03-31", "at"?: ISO } },
//     "savedId"?: "a-…" }                         the joint assessment, once saved
// It holds the partners' answers to the questions discussed (their notes only when names are
// shown), because the meeting must resume without the files; "End the meeting" removes it.
//
// Policy: a record that is damaged or from a newer version is never overwritten or read in part.
// The page says so and keeps its text; starting a new meeting first copies it to
// cii-guide:backup:meeting (then :2, :3) and replaces it only once that copy is saved. Item fields
// this version cannot read (an unknown answer or owner) are dropped, the rest kept. Another tab's
// change to the meeting replaces this tab's view of it: the last tab to write wins.
import { atom } from 'nanostores';
import { keepBackup, storageArea } from './storage.ts';
import { MEETING_KEY } from '../lib/storage-keys.ts';
import { ANSWER_VALUES, ANY_QUESTION_ID, LIMITS, OWNERS, PERSPECTIVES, PHASES, type AnswerValue } from '../lib/model.ts';
import type { Meeting, MeetingItem, PartnerAnswer } from '../lib/meeting.ts';
import { cutText } from '../lib/stored-assessment.ts';

export const MEETING_VERSION = 1;

/** What storage holds: no meeting, one this version reads, or one it must leave alone. */
export type StoredMeeting = { kind: 'none' } | { kind: 'ok'; meeting: Meeting } | { kind: 'newer' | 'damaged'; raw: string };

/** The meeting this tab shows. */
export const $meeting = atom<Meeting | undefined>(undefined);
/** A stored meeting this version cannot use, kept as it is. */
export const $meetingProblem = atom<{ kind: 'newer' | 'damaged'; raw: string } | undefined>(undefined);
/** True while the meeting's latest change is held only in this page (storage full or blocked). */
export const $meetingUnsaved = atom(false);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string';
const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);
const isDay = (x: unknown): x is string => isText(x) && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isIds = (x: unknown): x is string[] => Array.isArray(x) && x.every((id) => isText(id) && ANY_QUESTION_ID.test(id));

function readAnswer(x: unknown): PartnerAnswer {
  if (!isObject(x)) return {};
  return { ...(oneOf<AnswerValue>(ANSWER_VALUES, x.value) && { value: x.value }), ...(isText(x.note) && { note: cutText(x.note, LIMITS.note) }) };
}

function readItem(x: unknown): MeetingItem {
  if (!isObject(x)) return {};
  return {
    ...(x.revealed === true && { revealed: true }),
    ...(oneOf(ANSWER_VALUES, x.answer) && { answer: x.answer }),
    ...(isText(x.decision) && { decision: cutText(x.decision, LIMITS.note) }),
    ...(oneOf(OWNERS, x.owner) && { owner: x.owner }),
    ...(isText(x.person) && { person: cutText(x.person, LIMITS.name) }),
    ...(isDay(x.due) && { due: x.due }),
    ...(isText(x.at) && { at: x.at }),
  };
}

/** Reads the stored text; anything that is not a meeting of this version is reported, never repaired. */
export function readMeeting(raw: string | undefined): StoredMeeting {
  if (raw === undefined) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', raw };
  }
  if (isObject(data) && typeof data.v === 'number' && data.v > MEETING_VERSION) return { kind: 'newer', raw };
  if (
    !isObject(data) ||
    data.v !== MEETING_VERSION ||
    !isText(data.startedAt) ||
    Number.isNaN(Date.parse(data.startedAt)) ||
    !oneOf(PHASES, data.phase) ||
    typeof data.hideNames !== 'boolean' ||
    !Array.isArray(data.partners) ||
    !data.partners.every((p) => isObject(p) && oneOf(PERSPECTIVES, p.role) && isText(p.name)) ||
    !isIds(data.questions) ||
    !isIds(data.rest) ||
    !isObject(data.answers) ||
    !isObject(data.items) ||
    typeof data.current !== 'number' ||
    !Number.isInteger(data.current)
  ) {
    return { kind: 'damaged', raw };
  }
  const partners = (data.partners as { role: Meeting['partners'][number]['role']; name: string }[]).map((p) => ({
    role: p.role,
    name: cutText(p.name, LIMITS.name),
  }));
  const ids = [...data.questions, ...data.rest];
  const answers = Object.fromEntries(
    ids.map((id) => [
      id,
      Array.isArray((data.answers as Record<string, unknown>)[id]) ? ((data.answers as Record<string, unknown[]>)[id] ?? []).map(readAnswer) : [],
    ]),
  );
  const items = Object.fromEntries(data.questions.map((id) => [id, readItem((data.items as Record<string, unknown>)[id])]));
  return {
    kind: 'ok',
    meeting: {
      v: 1,
      startedAt: data.startedAt,
      place: isText(data.place) ? cutText(data.place, LIMITS.name) : '',
      partnership: isText(data.partnership) ? cutText(data.partnership, LIMITS.name) : '',
      phase: data.phase,
      hideNames: data.hideNames,
      partners,
      questions: data.questions,
      rest: data.rest,
      answers,
      current: Math.min(Math.max(0, data.current), data.questions.length),
      items,
      bankVersion: isText(data.bankVersion) ? data.bankVersion : '',
      ...(isText(data.savedId) && { savedId: data.savedId }),
    },
  };
}

function show(stored: StoredMeeting) {
  $meeting.set(stored.kind === 'ok' ? stored.meeting : undefined);
  $meetingProblem.set(stored.kind === 'newer' || stored.kind === 'damaged' ? stored : undefined);
}

/** Reads the stored meeting, and from then on follows other tabs' changes to it. */
export function openMeeting(): StoredMeeting {
  const stored = readMeeting(storageArea.read(MEETING_KEY));
  show(stored);
  return stored;
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === MEETING_KEY || event.key === null) show(readMeeting(storageArea.read(MEETING_KEY)));
  });
}

function write(meeting: Meeting) {
  $meeting.set(meeting);
  $meetingUnsaved.set(!storageArea.write(MEETING_KEY, JSON.stringify(meeting)));
}

/**
 * Starts a meeting, replacing the one stored. A stored record this version cannot read is first
 * copied to a backup key; when that copy cannot be saved, nothing changes and this returns false.
 */
export function beginMeeting(meeting: Meeting): boolean {
  const problem = readMeeting(storageArea.read(MEETING_KEY));
  if ((problem.kind === 'damaged' || problem.kind === 'newer') && !keepBackup('meeting', problem.raw)) return false;
  $meetingProblem.set(undefined);
  write(meeting);
  return true;
}

/** Changes the meeting on screen and saves it. */
export function changeMeeting(edit: (meeting: Meeting) => Meeting) {
  const meeting = $meeting.get();
  if (meeting) write(edit(meeting));
}

/** Records part of what the partners decided for one question. */
export function setItem(questionId: string, patch: Partial<MeetingItem>) {
  changeMeeting((m) => {
    const item: MeetingItem = { ...m.items[questionId], ...patch, at: new Date().toISOString() };
    // Empty fields are removed, so the record holds only what was said.
    for (const key of ['decision', 'person', 'due', 'owner'] as const) if (item[key] === '') delete item[key];
    return { ...m, items: { ...m.items, [questionId]: item } };
  });
}

/** Shows another question, or the end when index is the number of questions. */
export function goTo(index: number) {
  changeMeeting((m) => ({ ...m, current: Math.min(Math.max(0, index), m.questions.length) }));
}

/** Puts the rest of the questions on the agenda, after those already there, and goes to the first of them. */
export function addRest() {
  changeMeeting((m) => ({ ...m, questions: [...m.questions, ...m.rest], rest: [], current: m.questions.length }));
}

/** Notes the joint assessment the meeting was saved as. */
export function setSavedId(id: string) {
  changeMeeting((m) => ({ ...m, savedId: id }));
}

/** Ends the meeting: it is removed from this device. */
export function endMeeting() {
  storageArea.remove(MEETING_KEY);
  $meeting.set(undefined);
  $meetingUnsaved.set(false);
}
