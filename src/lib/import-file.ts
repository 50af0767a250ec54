// Reading an assessment back from an export file or a share link. Everything is validated
// against a schema before anything is used; a bad file yields one plain reason, never a change.
// Files and links of every format version so far are read: format 1 (the first release) and 2.
// Loaded only when a reader imports or opens a share link, so zod stays off other pages.
import * as z from 'zod/mini';
import { ANSWER_VALUES, LIMITS, OWNERS, PERSPECTIVES, PHASES, PLAN_STATUSES, QUESTION_ID, type Assessment } from './model.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, type ExportFile } from './export-file.ts';
import { readCurrent } from './stored-assessment.ts';
import { parseUntrustedJson, UnsafeKeyError } from './safe-json.ts';

/** Why a file or link could not be used, each with its own message in content/ui/importer.json. */
export type ImportProblem = 'not-ours' | 'newer' | 'damaged' | 'too-large';

export type ImportResult =
  | {
      ok: true;
      assessment: Assessment;
      /** The question bank the file was made with, when the file carries it (share links do not). */
      bank?: { version: string; questions: { id: string; prompt: string }[] };
      unknownQuestions: number;
      /** How many names and notes were longer than this guide keeps, and were shortened. */
      shortened: number;
    }
  | { ok: false; problem: ImportProblem };

// Longer names and notes than the site keeps are accepted, shortened and reported; far longer
// ones cannot come from this guide and make the file damaged.
const text = (max: number) => z.string().check(z.maxLength(max));
const name = text(LIMITS.name * 10);
const note = text(LIMITS.note * 10);
const isoTime = z.iso.datetime();
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const questionId = z.string().check(z.regex(QUESTION_ID), z.maxLength(80));

const answerV1 = z.strictObject({
  value: z.optional(z.enum(ANSWER_VALUES)),
  note: z.optional(note),
});

const answer = z.strictObject({
  value: z.optional(z.enum(ANSWER_VALUES)),
  note: z.optional(note),
  at: z.optional(isoTime),
});

const planItem = z.strictObject({
  owner: z.optional(z.enum(OWNERS)),
  person: z.optional(name),
  due: z.optional(day),
  status: z.optional(z.enum(PLAN_STATUSES)),
  note: z.optional(note),
  at: z.optional(isoTime),
});

const review = z.strictObject({
  at: isoTime,
  phase: z.enum(PHASES),
  steps: z.record(z.string().check(z.maxLength(4)), text(20)),
  answers: z.optional(z.record(questionId, z.enum(ANSWER_VALUES))),
  plan: z.optional(z.record(questionId, z.enum(PLAN_STATUSES))),
});

const assessmentV1 = z.strictObject({
  id: text(100),
  place: name,
  partnership: name,
  perspective: z.enum(PERSPECTIVES),
  createdAt: isoTime,
  updatedAt: isoTime,
  answers: z.record(questionId, answerV1),
});

const assessment = z.strictObject({
  id: text(100),
  place: name,
  partnership: name,
  organisation: name,
  perspective: z.enum(PERSPECTIVES),
  phase: z.enum(PHASES),
  createdAt: isoTime,
  updatedAt: isoTime,
  answers: z.record(questionId, answer),
  plan: z.record(questionId, planItem),
  reviews: z.array(review).check(z.maxLength(100)),
  nextReview: z.union([z.literal(''), day]),
});

const question = z.strictObject({
  id: text(80),
  step: z.number(),
  phase: z.optional(z.enum(PHASES)),
  prompt: text(500),
  essential: z.boolean(),
  roles: z.array(text(40)).check(z.maxLength(4)),
  action: text(1000),
});

const questionBank = z.strictObject({ version: text(40), questions: z.array(question).check(z.maxLength(500)) });

/** The export file's schema, by format version (see ExportFile in export-file.ts). */
const fileSchemas = {
  1: z.strictObject({ format: z.literal(EXPORT_FORMAT), formatVersion: z.literal(1), exportedAt: isoTime, questionBank, assessment: assessmentV1 }),
  2: z.strictObject({ format: z.literal(EXPORT_FORMAT), formatVersion: z.literal(2), exportedAt: isoTime, questionBank, assessment }),
};

/** A share link carries the assessment alone: the question bank would make the link too long. */
const linkSchemas = {
  1: z.strictObject({ format: z.literal(EXPORT_FORMAT), formatVersion: z.literal(1), assessment: assessmentV1 }),
  2: z.strictObject({ format: z.literal(EXPORT_FORMAT), formatVersion: z.literal(2), assessment }),
};

// The schemas restate the types in model.ts and export-file.ts for checking at run time; these
// lines stop the build if the two ever drift apart. They cost nothing in the browser.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [Same<z.infer<typeof assessment>, Assessment>, Same<z.infer<(typeof fileSchemas)[2]>, ExportFile>] = [true, true];
void schemaMatchesTypes;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** How many of the file's names and notes are longer than the site keeps. */
function countLong(a: {
  place: string;
  partnership: string;
  organisation?: string;
  answers: Record<string, { note?: string }>;
  plan?: Record<string, { note?: string; person?: string }>;
}): number {
  const names = [a.place, a.partnership, a.organisation ?? '', ...Object.values(a.plan ?? {}).map((item) => item.person ?? '')];
  const notes = [...Object.values(a.answers), ...Object.values(a.plan ?? {})].map((item) => item.note ?? '');
  return names.filter((n) => n.trim().length > LIMITS.name).length + notes.filter((n) => n.length > LIMITS.note).length;
}

/** Checks parsed JSON against the schema for its format version and turns it into an assessment. */
function validate(data: unknown, schemas: typeof fileSchemas | typeof linkSchemas, knownIds: ReadonlySet<string>): ImportResult {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-ours' };
  const version = data.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) return { ok: false, problem: 'newer' };
  const schema = version === 1 || version === 2 ? schemas[version] : undefined;
  const parsed = schema?.safeParse(data);
  if (!parsed?.success) return { ok: false, problem: 'damaged' };
  // readCurrent fills what a format 1 file lacks (organisation, phase, plan) and shortens long text.
  const read = readCurrent(parsed.data.assessment);
  if (read.kind !== 'ok') return { ok: false, problem: 'damaged' };
  const bank = (parsed.data as { questionBank?: z.infer<typeof questionBank> }).questionBank;
  return {
    ok: true,
    assessment: read.assessment,
    bank: bank && { version: bank.version, questions: bank.questions.map(({ id, prompt }) => ({ id, prompt })) },
    unknownQuestions: Object.keys(read.assessment.answers).filter((id) => !knownIds.has(id)).length,
    shortened: countLong(parsed.data.assessment),
  };
}

/** Reads the text of an export file. */
export function parseExportText(content: string, knownIds: ReadonlySet<string>): ImportResult {
  let data: unknown;
  try {
    // Some editors save a byte-order mark at the start: it is not part of the file's text.
    data = parseUntrustedJson(content.replace(/^\ufeff/, ''));
  } catch (error) {
    // Cut short or tampered with, it may still name our format; otherwise it is some other file.
    const ours = error instanceof UnsafeKeyError || content.includes(EXPORT_FORMAT);
    return { ok: false, problem: ours ? 'damaged' : 'not-ours' };
  }
  return validate(data, fileSchemas, knownIds);
}

/**
 * The file's text. Exports are UTF-8, but an editor may have saved one again as UTF-16: its
 * byte-order mark says so. Decoding here, not with Blob.text(), reads a file the same way in
 * every browser.
 */
function decodeText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Reads a file the reader chose or dropped, refusing large ones before reading them. */
export async function readExportFile(file: Blob, knownIds: ReadonlySet<string>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  let content: string;
  try {
    content = decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return parseExportText(content, knownIds);
}

/** Checks what a share link decoded to. */
export function validateShared(data: unknown, knownIds: ReadonlySet<string>): ImportResult {
  return validate(data, linkSchemas, knownIds);
}
