// The comparison grid as CSV, in the same spreadsheet-safe form as the checklist export.
import { compare as copy } from '../../../content/ui/compare.json';
import type { Comparison } from '../../lib/compare.ts';
import { csvCell } from '../../lib/csv.ts';
import { cellText } from './CompareResults.tsx';

/** One row per shared question, one answer column per partner, byte-order mark first. */
export function gridCsv(comparison: Comparison, names: string[]): string {
  const header = ['Step', 'Question ID', copy.question, ...names, copy.agreement, copy.discuss.replace(/:$/, '')];
  const rows = comparison.rows.map((row) => [
    String(row.question.step),
    row.question.id,
    row.question.prompt,
    ...row.cells.map(cellText),
    copy.agreementNames[row.agreement],
    row.agreement === 'disagree' ? row.question.discuss : '',
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
