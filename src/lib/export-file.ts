// The JSON file a reader exports: complete, versioned, and readable years later without the
// site, because it carries the question bank version and the texts of the questions answered.
import type { Assessment, FormQuestion, Phase, QuestionBank } from './model.ts';
import { localDateStamp } from './dates.ts';

/** Names this site's export files; a file without it is not ours. */
export const EXPORT_FORMAT = 'cii-secondment-readiness';

/**
 * Bumped when the file's shape changes; import refuses files from a newer version and still reads
 * every older one. Version 1 (the first release) carried the answers only; version 2 adds the
 * organisation, the phase, the action plan, reviews and the next review's date, each question's
 * phase, and the time each answer and action last changed.
 */
export const EXPORT_VERSION = 2 as const;

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** A question as an export file describes it. */
export interface ExportedQuestion {
  id: string;
  step: number;
  /** Absent in format 1 files. */
  phase?: Phase;
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
export function buildExport(bank: QuestionBank<FormQuestion>, assessment: Assessment, now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    questionBank: {
      version: bank.version,
      questions: bank.questions.map(({ id, step, phase, prompt, essential, roles, action }) => ({ id, step, phase, prompt, essential, roles, action })),
    },
    assessment,
  };
}

/** Letters and digits of any script, joined by hyphens: "São Paulo" → "sao-paulo", "Київ" stays. */
export function slug(text: string, max: number): string {
  return (
    text
      // Accents come off Latin letters ("São" → "sao"); other scripts keep theirs ("Київ").
      .normalize('NFKD')
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      // Letters and digits of any script are safe in file names; everything else becomes a hyphen.
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '')
  );
}

/**
 * A file name that says whose and when, so partners' files never share a name:
 * "readiness-leeds-leeds-city-council-2026-11-24.json", or with the role when no organisation
 * is given, "readiness-leeds-funder-2026-11-24.csv".
 */
export function exportFileName(
  assessment: Pick<Assessment, 'place'> & Partial<Pick<Assessment, 'organisation' | 'perspective'>>,
  extension: 'json' | 'csv' | 'ics',
  now = new Date(),
): string {
  const place = slug(assessment.place, 40) || 'assessment';
  const who = slug(assessment.organisation ?? '', 30) || assessment.perspective || '';
  return `readiness-${place}${who ? `-${who}` : ''}-${localDateStamp(now)}.${extension}`;
}
