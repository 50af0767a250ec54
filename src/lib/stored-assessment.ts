// Reading and writing one assessment as it is kept on the device, with its schema version.
//
// Stored shape, schema version 1 (one storage key per assessment, see src/stores/assessments.ts):
//   { "v": 1, "id": "a-m3x9k2-4f", "place": "Leeds", "partnership": "Leeds Together",
//     "perspective": "funder", "createdAt": ISO date, "updatedAt": ISO date,
//     "answers": { "<question id>": { "value": "yes" | "partly" | "no" | "unknown", "note": "…" } } }
//
// Migration policy: every change to this shape bumps STORED_VERSION and adds a function to
// MIGRATIONS that turns version n into n + 1. Reading runs the chain from the stored version up.
// A record from a newer version is never rewritten (the reader is asked to reload for the new
// code); a record that cannot be read is reported as damaged and its raw text is kept aside.
// Answers to questions that have left the bank are kept, so a later bank can use them again.
import type { Answer, AnswerValue, Assessment, Perspective } from './model.ts';
import { ANSWER_VALUES, LIMITS, PERSPECTIVES, QUESTION_ID } from './model.ts';
import { STORED_VERSION } from './storage-keys.ts';

export { STORED_VERSION };

type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n record into version n + 1. Version 1 is the first. */
export const MIGRATIONS: Record<number, Migration> = {};

export type ReadResult =
  | { kind: 'ok'; assessment: Assessment; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Trims and shortens free text to what we keep. */
export function cleanText(text: string, max: number): string {
  return text.trim().slice(0, max);
}

/** A stored date as an ISO string; one that cannot be read becomes the start of 1970, which sorts last. */
function readDate(value: unknown): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}

/** Keeps well-formed answers; drops values that are not one of the four answers. */
export function readAnswers(raw: unknown): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  if (!isObject(raw)) return answers;
  for (const [id, entry] of Object.entries(raw)) {
    if (!QUESTION_ID.test(id) || !isObject(entry)) continue;
    const answer: Answer = {};
    if (ANSWER_VALUES.includes(entry.value as AnswerValue)) answer.value = entry.value as AnswerValue;
    if (typeof entry.note === 'string' && entry.note.trim()) answer.note = cleanText(entry.note, LIMITS.note);
    if (answer.value || answer.note) answers[id] = answer;
  }
  return answers;
}

/** Reads a record of the current version into a clean assessment, or explains why it cannot. */
export function readCurrent(record: Record<string, unknown>): ReadResult {
  const { id, place, partnership, perspective, createdAt, updatedAt } = record;
  if (typeof id !== 'string' || !id) return { kind: 'damaged', reason: 'no id' };
  if (typeof place !== 'string') return { kind: 'damaged', reason: 'no place' };
  if (!PERSPECTIVES.includes(perspective as Perspective)) return { kind: 'damaged', reason: 'unknown perspective' };
  if (!isObject(record.answers)) return { kind: 'damaged', reason: 'no answers' };
  return {
    kind: 'ok',
    migrated: false,
    assessment: {
      id,
      place: cleanText(place, LIMITS.name),
      partnership: typeof partnership === 'string' ? cleanText(partnership, LIMITS.name) : '',
      perspective: perspective as Perspective,
      createdAt: readDate(createdAt),
      updatedAt: readDate(updatedAt),
      answers: readAnswers(record.answers),
    },
  };
}

/** Turns stored text into an assessment, migrating older versions; never throws. */
export function readStored(text: string, migrations: Record<number, Migration> = MIGRATIONS, current = STORED_VERSION): ReadResult {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'not JSON' };
  }
  if (!isObject(record)) return { kind: 'damaged', reason: 'not an object' };
  let version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'damaged', reason: 'no version' };
  }
  if (version > current) return { kind: 'newer', version };
  let migrated = false;
  while (version < current) {
    const step = migrations[version];
    if (!step) return { kind: 'damaged', reason: `no migration from version ${version}` };
    try {
      record = step(record as Record<string, unknown>);
    } catch {
      return { kind: 'damaged', reason: `migration from version ${version} failed` };
    }
    if (!isObject(record)) return { kind: 'damaged', reason: `migration from version ${version} failed` };
    version += 1;
    migrated = true;
  }
  const result = readCurrent(record as Record<string, unknown>);
  return result.kind === 'ok' ? { ...result, migrated } : result;
}

/** The text we store for an assessment. */
export function writeStored(assessment: Assessment): string {
  return JSON.stringify({ v: STORED_VERSION, ...assessment });
}
