// Reading an assessment back from an export file or a share link. Everything is validated
// against a schema before anything is used; a bad file yields one plain reason, never a change.
// Loaded only when a reader imports or opens a share link, so zod stays off other pages.
import * as z from 'zod/mini';
import { ANSWER_VALUES, LIMITS, PERSPECTIVES, QUESTION_ID, type Assessment } from './model.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, type ExportFile } from './export-file.ts';
import { readCurrent } from './stored-assessment.ts';
import { parseUntrustedJson, UnsafeKeyError } from './safe-json.ts';

/** Why a file or link could not be used, each with its own message in content/ui/checklist.json ("importer"). */
export type ImportProblem = 'not-ours' | 'newer' | 'damaged' | 'too-large';

export type ImportResult =
  | {
      ok: true;
      assessment: Assessment;
      /** The question bank the file was made with, when the file carries it (share links do not). */
      bank?: { version: string; questions: { id: string; prompt: string }[] };
      unknownQuestions: number;
    }
  | { ok: false; problem: ImportProblem };

const text = (max: number) => z.string().check(z.maxLength(max));

const answer = z.strictObject({
  value: z.optional(z.enum(ANSWER_VALUES)),
  note: z.optional(text(LIMITS.note)),
});

const assessment = z.strictObject({
  id: text(100),
  place: text(LIMITS.name),
  partnership: text(LIMITS.name),
  perspective: z.enum(PERSPECTIVES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: z.record(z.string().check(z.regex(QUESTION_ID), z.maxLength(80)), answer),
});

const question = z.strictObject({
  id: text(80),
  step: z.number(),
  prompt: text(500),
  essential: z.boolean(),
  roles: z.array(text(40)).check(z.maxLength(4)),
  action: text(1000),
});

/** The export file's schema (see ExportFile in export-file.ts). */
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  questionBank: z.strictObject({ version: text(40), questions: z.array(question).check(z.maxLength(500)) }),
  assessment,
});

/** A share link carries the assessment alone: the question bank would make the link too long. */
export const sharedSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_VERSION),
  assessment,
});

// The schemas restate the types in model.ts and export-file.ts for checking at run time; these
// lines stop the build if the two ever drift apart. They cost nothing in the browser.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [Same<z.infer<typeof assessment>, Assessment>, Same<z.infer<typeof exportFileSchema>, ExportFile>] = [true, true];
void schemaMatchesTypes;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks parsed JSON against a schema and turns it into an assessment. */
function validate(data: unknown, schema: typeof exportFileSchema | typeof sharedSchema, knownIds: ReadonlySet<string>): ImportResult {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-ours' };
  if (Number.isInteger(data.formatVersion) && (data.formatVersion as number) > EXPORT_VERSION) return { ok: false, problem: 'newer' };
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const read = readCurrent(parsed.data.assessment);
  if (read.kind !== 'ok') return { ok: false, problem: 'damaged' };
  const file = exportFileSchema.safeParse(data);
  return {
    ok: true,
    assessment: read.assessment,
    bank: file.success
      ? { version: file.data.questionBank.version, questions: file.data.questionBank.questions.map(({ id, prompt }) => ({ id, prompt })) }
      : undefined,
    unknownQuestions: Object.keys(read.assessment.answers).filter((id) => !knownIds.has(id)).length,
  };
}

/** Reads the text of an export file. */
export function parseExportText(content: string, knownIds: ReadonlySet<string>): ImportResult {
  let data: unknown;
  try {
    data = parseUntrustedJson(content);
  } catch (error) {
    // Cut short or tampered with, it may still name our format; otherwise it is some other file.
    const ours = error instanceof UnsafeKeyError || content.includes(EXPORT_FORMAT);
    return { ok: false, problem: ours ? 'damaged' : 'not-ours' };
  }
  return validate(data, exportFileSchema, knownIds);
}

/** Reads a file the reader chose or dropped, refusing large ones before reading them. */
export async function readExportFile(file: Blob, knownIds: ReadonlySet<string>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  let content: string;
  try {
    content = await file.text();
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return parseExportText(content, knownIds);
}

/** Checks what a share link decoded to. */
export function validateShared(data: unknown, knownIds: ReadonlySet<string>): ImportResult {
  return validate(data, sharedSchema, knownIds);
}
