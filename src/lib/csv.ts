// CSV files in a form Excel and LibreOffice open cleanly (UTF-8 with a byte-order mark, CRLF
// line ends, RFC 4180 quoting), and the checklist's export: one row per question.
import type { Assessment, Question } from './model.ts';

/** The header row, in column order. */
export const CSV_COLUMNS = ['Step', 'Question ID', 'Question', 'Asked of', 'Essential', 'Answer', 'Note', 'Action', 'Place', 'Partnership', 'Answered as'] as const;

/** Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file from its rows, header first: byte-order mark, so spreadsheets read UTF-8. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The checklist's CSV file: one row per question, with whose answers they are on every row. */
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
  return csvFile([CSV_COLUMNS, ...rows]);
}
