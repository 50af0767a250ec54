// The comparison grid as CSV, in the same spreadsheet-safe form as the checklist export.
import { compare as copy } from '../../../content/ui/compare.json';
import { byStep, type Comparison } from '../../lib/compare.ts';
import { csvCell } from '../../lib/csv.ts';
import { agreementText, cellText } from './CompareResults.tsx';

/** One row per shared question in the grid's order, one answer column per partner, byte-order mark first. */
export function gridCsv(comparison: Comparison, names: string[]): string {
  const header = ['Step', 'Question ID', copy.question, ...names, copy.agreement, copy.discuss.replace(/:$/, '')];
  const rows = byStep(comparison.rows).map((row) => [
    String(row.question.step),
    row.question.id,
    row.question.prompt,
    ...row.cells.map(cellText),
    agreementText(row),
    row.agreement === 'disagree' ? row.question.discuss : '',
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
