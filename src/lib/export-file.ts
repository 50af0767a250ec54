// The JSON file a reader exports: complete, versioned, and readable years later without the
// site, because it carries the question bank version and the texts of the questions answered.
import type { Assessment, QuestionBank } from './model.ts';
import { localDateStamp } from './dates.ts';

/** Names this site's export files; a file without it is not ours. */
export const EXPORT_FORMAT = 'cii-secondment-readiness';

/** Bumped when the file's shape changes; import refuses files from a newer version. */
export const EXPORT_VERSION = 1 as const;

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** A question as an export file describes it. */
export interface ExportedQuestion {
  id: string;
  step: number;
  prompt: string;
  essential: boolean;
  roles: string[];
  action: string;
}

/** The whole export file. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_VERSION;
  exportedAt: string;
  questionBank: { version: string; questions: ExportedQuestion[] };
  assessment: Assessment;
}

/** Builds the export file for an assessment. */
export function buildExport(bank: QuestionBank, assessment: Assessment, now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    questionBank: {
      version: bank.version,
      questions: bank.questions.map(({ id, step, prompt, essential, roles, action }) => ({ id, step, prompt, essential, roles, action })),
    },
    assessment,
  };
}

/** A file name that says what and when: "readiness-leeds-2026-11-24.json", "readiness-київ-…". */
export function exportFileName(assessment: Pick<Assessment, 'place'>, extension: 'json' | 'csv', now = new Date()): string {
  const slug =
    assessment.place
      // Accents come off Latin letters ("São" → "sao"); other scripts keep theirs ("Київ").
      .normalize('NFKD')
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      // Letters and digits of any script are safe in file names; everything else becomes a hyphen.
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'assessment';
  return `readiness-${slug}-${localDateStamp(now)}.${extension}`;
}
