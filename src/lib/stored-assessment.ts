// Reading and writing one assessment as it is kept on the device, with its schema version.
//
// Stored shape, schema version 2 (one storage key per assessment, see src/stores/assessments.ts):
//   { "v": 2, "id": "a-m3x9k2-4f", "place": "Leeds", "partnership": "Leeds Together",
//     "organisation": "Leeds City Council", "perspective": "funder", "phase": "prepare",
//     "createdAt": ISO date, "updatedAt": ISO date, "detailsAt": ISO date,
//     "answers": { "<question id>": { "value": "yes" | "partly" | "no" | "unknown", "note": "…", "at": ISO } },
//     "plan": { "<question id>": { "owner": "funder", "person": "…", "due": "2027-03-31",
//               "status": "todo" | "doing" | "done" | "wont", "note": "…", "at": ISO } },
//     "reviews": [ { "at": ISO, "phase": "…", "steps": { "1": "ready", … }, "answers"?: {…}, "plan"?: {…} } ],
//     "nextReview": "2027-06-01" or "" }
// "at" says when one answer or action last changed and "detailsAt" when the names, role or phase
// did: two tabs writing the same assessment are merged item by item on them (merge-records.ts).
// An answer with neither value nor note records that it was cleared. Notes are kept as typed.
//
// Version 1 (the first release) had no organisation, phase, plan, reviews, nextReview, detailsAt
// or "at"; MIGRATIONS[1] adds them and keeps everything else.
//
// Migration policy: every change to this shape bumps STORED_VERSION and adds a function to
// MIGRATIONS that turns version n into n + 1. Reading runs the chain from the stored version up.
// A record from a newer version is never rewritten (the reader is asked to reload for the new
// code); a record that cannot be read is reported as damaged and its raw text is kept aside.
// Whatever a record holds that this version does not understand (fields, answers to questions it
// does not know, unknown parts of an answer) stays in the record and is written back unchanged.
import type { Answer, AnswerValue, Assessment, Perspective, Phase, PlanItem, PlanStatus, Review } from './model.ts';
import { ANSWER_VALUES, ANY_QUESTION_ID, LIMITS, OWNERS, PERSPECTIVES, PHASES, PLAN_STATUSES } from './model.ts';
import { STORED_VERSION } from './storage-keys.ts';

export { STORED_VERSION };

/** A stored record as parsed: the fields this version reads, and anything else it keeps. */
export type StoredRecord = Record<string, unknown>;

type Migration = (record: StoredRecord) => StoredRecord;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A copy of an object's entries that never inherits or sets a prototype, whatever its keys. */
const entriesOf = (x: unknown): [string, unknown][] => (isObject(x) ? Object.entries(x) : []);

/** Version 1 to 2: the fields the phases, the action plan and merging need. */
function addPlanAndPhases(record: StoredRecord): StoredRecord {
  const at = typeof record.updatedAt === 'string' ? record.updatedAt : undefined;
  // Answers that are not an object are left as they are, for readCurrent to report as damaged.
  const answers = isObject(record.answers)
    ? Object.fromEntries(entriesOf(record.answers).map(([id, answer]) => [id, isObject(answer) && at && answer.at === undefined ? { ...answer, at } : answer]))
    : record.answers;
  return {
    organisation: '',
    phase: 'commit',
    plan: {},
    reviews: [],
    nextReview: '',
    ...record,
    ...(at && record.detailsAt === undefined && { detailsAt: at }),
    answers,
    v: 2,
  };
}

/** MIGRATIONS[n] turns a version-n record into version n + 1. Version 1 is the first. */
export const MIGRATIONS: Record<number, Migration> = { 1: addPlanAndPhases };

export type ReadResult =
  { kind: 'ok'; assessment: Assessment; record: StoredRecord; migrated: boolean } | { kind: 'newer'; version: number } | { kind: 'damaged'; reason: string };

/**
 * Shortens text to at most `max` UTF-16 units without splitting a character: a cut that would
 * leave half of an emoji's surrogate pair drops the half.
 */
export function cutText(text: string, max: number): string {
  // A lone half of a pair (from a hand-edited file) becomes the replacement character.
  const whole = text.toWellFormed();
  if (whole.length <= max) return whole;
  const cut = whole.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Trims and shortens a name to what we keep. */
export function cleanName(text: string): string {
  return cutText(text.trim(), LIMITS.name);
}

/** A stored date as an ISO string; one that cannot be read becomes the start of 1970, which sorts last. */
function readDate(value: unknown): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}

/** A calendar day as YYYY-MM-DD, or undefined when the text is not a real day. */
export function readDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

const noteOf = (x: unknown) => (typeof x === 'string' && x.trim() ? cutText(x, LIMITS.note) : undefined);

/**
 * The answers to show and score: well-formed ones under any question id. Cleared answers and
 * values that are not one of the four answers are left out of the view (but stay in the record).
 */
export function readAnswers(raw: unknown): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [id, entry] of entriesOf(raw)) {
    if (!ANY_QUESTION_ID.test(id) || !isObject(entry)) continue;
    const answer: Answer = {};
    if (ANSWER_VALUES.includes(entry.value as AnswerValue)) answer.value = entry.value as AnswerValue;
    const note = noteOf(entry.note);
    if (note !== undefined) answer.note = note;
    if (!answer.value && answer.note === undefined) continue;
    if (typeof entry.at === 'string') answer.at = entry.at;
    answers[id] = answer;
  }
  return answers;
}

/** The action plan to show: items with at least one thing set; unknown owners or statuses are left out. */
export function readPlan(raw: unknown): Record<string, PlanItem> {
  const plan: Record<string, PlanItem> = {};
  for (const [id, entry] of entriesOf(raw)) {
    if (!ANY_QUESTION_ID.test(id) || !isObject(entry)) continue;
    const item: PlanItem = {};
    if (OWNERS.includes(entry.owner as Perspective)) item.owner = entry.owner as Perspective;
    if (typeof entry.person === 'string' && entry.person.trim()) item.person = cleanName(entry.person);
    const due = readDay(entry.due);
    if (due) item.due = due;
    if (PLAN_STATUSES.includes(entry.status as PlanStatus)) item.status = entry.status as PlanStatus;
    const note = noteOf(entry.note);
    if (note !== undefined) item.note = note;
    if (Object.keys(item).length === 0) continue;
    if (typeof entry.at === 'string') item.at = entry.at;
    plan[id] = item;
  }
  return plan;
}

/** Reviews that can be read, oldest first. */
export function readReviews(raw: unknown): Review[] {
  if (!Array.isArray(raw)) return [];
  const reviews: Review[] = [];
  for (const entry of raw) {
    if (!isObject(entry) || typeof entry.at !== 'string' || Number.isNaN(Date.parse(entry.at))) continue;
    const review: Review = {
      at: entry.at,
      phase: PHASES.includes(entry.phase as Phase) ? (entry.phase as Phase) : 'commit',
      steps: Object.fromEntries(entriesOf(entry.steps).filter(([, s]) => typeof s === 'string')) as Record<string, string>,
    };
    if (isObject(entry.answers)) {
      review.answers = Object.fromEntries(
        entriesOf(entry.answers).filter(([id, v]) => ANY_QUESTION_ID.test(id) && ANSWER_VALUES.includes(v as AnswerValue)),
      ) as Record<string, AnswerValue>;
    }
    if (isObject(entry.plan)) {
      review.plan = Object.fromEntries(
        entriesOf(entry.plan).filter(([id, s]) => ANY_QUESTION_ID.test(id) && PLAN_STATUSES.includes(s as PlanStatus)),
      ) as Record<string, PlanStatus>;
    }
    reviews.push(review);
  }
  return reviews.sort((a, b) => a.at.localeCompare(b.at));
}

/** Reads a record of the current version into a clean assessment, or explains why it cannot. */
export function readCurrent(record: StoredRecord): { kind: 'ok'; assessment: Assessment } | { kind: 'damaged'; reason: string } {
  const { id, place, partnership, organisation, perspective, phase, createdAt, updatedAt } = record;
  if (typeof id !== 'string' || !id) return { kind: 'damaged', reason: 'no id' };
  if (typeof place !== 'string') return { kind: 'damaged', reason: 'no place' };
  if (!PERSPECTIVES.includes(perspective as Perspective)) return { kind: 'damaged', reason: 'unknown perspective' };
  if (!isObject(record.answers)) return { kind: 'damaged', reason: 'no answers' };
  return {
    kind: 'ok',
    assessment: {
      id,
      place: cleanName(place),
      partnership: typeof partnership === 'string' ? cleanName(partnership) : '',
      organisation: typeof organisation === 'string' ? cleanName(organisation) : '',
      perspective: perspective as Perspective,
      phase: PHASES.includes(phase as Phase) ? (phase as Phase) : 'commit',
      createdAt: readDate(createdAt),
      updatedAt: readDate(updatedAt),
      answers: readAnswers(record.answers),
      plan: readPlan(record.plan),
      reviews: readReviews(record.reviews),
      nextReview: readDay(record.nextReview) ?? '',
    },
  };
}

/** Brings a record of any earlier version up to the current one; undefined explains nothing, see readStored. */
export function migrate(
  record: StoredRecord,
  migrations: Record<number, Migration> = MIGRATIONS,
  current = STORED_VERSION,
): { kind: 'ok'; record: StoredRecord; migrated: boolean } | { kind: 'newer'; version: number } | { kind: 'damaged'; reason: string } {
  let version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'damaged', reason: 'no version' };
  if (version > current) return { kind: 'newer', version };
  let migrated = false;
  let next: unknown = record;
  while (version < current) {
    const step = migrations[version];
    if (!step) return { kind: 'damaged', reason: `no migration from version ${version}` };
    try {
      next = step(next as StoredRecord);
    } catch {
      return { kind: 'damaged', reason: `migration from version ${version} failed` };
    }
    if (!isObject(next)) return { kind: 'damaged', reason: `migration from version ${version} failed` };
    version += 1;
    migrated = true;
  }
  return { kind: 'ok', record: next as StoredRecord, migrated };
}

/** Turns stored text into an assessment and the record behind it, migrating older versions; never throws. */
export function readStored(text: string, migrations: Record<number, Migration> = MIGRATIONS, current = STORED_VERSION): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'not JSON' };
  }
  if (!isObject(parsed)) return { kind: 'damaged', reason: 'not an object' };
  const upgraded = migrate(parsed, migrations, current);
  if (upgraded.kind !== 'ok') return upgraded;
  const read = readCurrent(upgraded.record);
  return read.kind === 'ok' ? { ...read, record: upgraded.record, migrated: upgraded.migrated } : read;
}

/** The record for an assessment this version made (a new one, or one from a file). */
export function toRecord(assessment: Assessment): StoredRecord {
  return { v: STORED_VERSION, ...assessment, detailsAt: assessment.updatedAt };
}

/** The text we store for a record. */
export function writeRecord(record: StoredRecord): string {
  return JSON.stringify({ ...record, v: STORED_VERSION });
}

/** The text we store for an assessment this version made. */
export function writeStored(assessment: Assessment): string {
  return writeRecord(toRecord(assessment));
}
