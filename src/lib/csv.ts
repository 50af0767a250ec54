// CSV files in a form Excel and LibreOffice open cleanly (UTF-8 with a byte-order mark, CRLF
// line ends, RFC 4180 quoting), and the checklist's export: one row per question.
import type { Assessment, Question } from './model.ts';

/** The header row, in column order. The plan's columns follow the action they belong to. */
export const CSV_COLUMNS = [
  'Step',
  'Question ID',
  'Question',
  'Phase',
  'Asked of',
  'Essential',
  'Answer',
  'Note',
  'Action',
  'Owner',
  'Person or team',
  'Due date',
  'Action status',
  'Place',
  'Partnership',
  'Organisation',
  'Answered as',
] as const;

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
  assessment: Pick<Assessment, 'answers' | 'place' | 'partnership' | 'perspective'> & Partial<Pick<Assessment, 'organisation' | 'plan'>>,
  names: {
    answers: Record<string, string>;
    audiences: Record<string, string>;
    roles: Record<string, string>;
    phases: Record<string, string>;
    statuses: Record<string, string>;
    yes: string;
    no: string;
  },
): string {
  const rows = questions.map((q) => {
    const answer = assessment.answers[q.id];
    const item = answer?.value === 'yes' ? undefined : assessment.plan?.[q.id];
    return [
      String(q.step),
      q.id,
      q.prompt,
      names.phases[q.phase] ?? q.phase,
      q.roles.map((r) => names.audiences[r] ?? r).join('; '),
      q.essential ? names.yes : names.no,
      answer?.value ? (names.answers[answer.value] ?? answer.value) : '',
      // Notes are kept as typed; a file gets them without the spaces at either end.
      answer?.note?.trim() ?? '',
      answer?.value === 'yes' ? '' : q.action,
      item?.owner ? (names.roles[item.owner] ?? item.owner) : '',
      item?.person ?? '',
      item?.due ?? '',
      item?.status ? (names.statuses[item.status] ?? item.status) : '',
      // Whose answers these are, on every row, so rows from several files can be pasted together.
      assessment.place,
      assessment.partnership,
      assessment.organisation ?? '',
      names.roles[assessment.perspective] ?? assessment.perspective,
    ];
  });
  return csvFile([CSV_COLUMNS, ...rows]);
}
