// The comparison grid as CSV, in the same spreadsheet-safe form as the checklist export.
import { compareResults as resultsCopy } from '../../../content/ui/compare-results.json';
import { byStep, type Comparison } from '../../lib/compare.ts';
import { CSV_COLUMNS, csvFile } from '../../lib/csv.ts';
import { localDateStamp } from '../../lib/dates.ts';
import { download } from '../common/download.ts';
import { fill } from '../../lib/text.ts';
import { agreementText, cellText, columnName, type Column } from './comparison-text.ts';

/**
 * The grid as the page shows it: one row per shared question, step by step in the grid's order,
 * the agreement, one answer column per partner, then (when names are shown) one note column per
 * partner.
 */
export function gridCsv(comparison: Comparison, columns: Column[], showNotes: boolean): string {
  const names = columns.map(columnName);
  const header = [
    // The same first columns as the checklist's CSV, so the two line up in a spreadsheet.
    CSV_COLUMNS[0],
    CSV_COLUMNS[1],
    resultsCopy.question,
    resultsCopy.agreement,
    ...names,
    ...(showNotes ? names.map((name) => fill(resultsCopy.noteColumn, { name })) : []),
    resultsCopy.discuss.replace(/:$/, ''),
  ];
  const rows = byStep(comparison.rows).map((row) => [
    String(row.question.step),
    row.question.id,
    row.question.prompt,
    agreementText(row),
    ...row.cells.map(cellText),
    ...(showNotes ? row.cells.map((cell) => cell.note ?? '') : []),
    row.agreement === 'disagree' ? row.question.discuss : '',
  ]);
  return csvFile([header, ...rows]);
}

/** Saves the grid as a CSV file in the reader's downloads, named with today's date. */
export function saveGridCsv(comparison: Comparison, columns: Column[], showNotes: boolean) {
  download(`partners-comparison-${localDateStamp()}.csv`, gridCsv(comparison, columns, showNotes), 'text/csv;charset=utf-8');
}
