// The CSV export: one row per question, in a form Excel and LibreOffice open cleanly
// (UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting).
import type { Assessment, Question } from './model.ts';

/** The header row, in column order. */
export const CSV_COLUMNS = ['Step', 'Question ID', 'Question', 'Asked of', 'Essential', 'Answer', 'Note', 'Action', 'Place', 'Partnership', 'Answered as'] as const;

/** Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole CSV file, byte-order mark first. */
export function toCsv(
  questions: readonly Question[],
  assessment: Pick<Assessment, 'answers' | 'place' | 'partnership' | 'perspective'>,
  names: { answers: Record<string, string>; audiences: Record<string, string>; roles: Record<string, string>; yes: string; no: string },
): string {
  const rows = questions.map((q) => {
    const answer = assessment.answers[q.id];
    return [
      String(q.step),
      q.id,
      q.prompt,
      q.roles.map((r) => names.audiences[r] ?? r).join('; '),
      q.essential ? names.yes : names.no,
      answer?.value ? (names.answers[answer.value] ?? answer.value) : '',
      answer?.note ?? '',
      answer?.value === 'yes' ? '' : q.action,
      // Whose answers these are, on every row, so rows from several files can be pasted together.
      assessment.place,
      assessment.partnership,
      names.roles[assessment.perspective] ?? assessment.perspective,
    ];
  });
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
