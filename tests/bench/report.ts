// Formats the bench's figures: aligned tables, sizes, times, spreads and ratios.
import type { Spread } from './stats.ts';

/** How a kind of figure is written: decimal places and unit. */
export interface Unit {
  digits: number;
  suffix: string;
  scale?: number;
}

export const SECONDS: Unit = { digits: 2, suffix: ' s' };
export const MS: Unit = { digits: 0, suffix: ' ms' };
export const KB: Unit = { digits: 1, suffix: ' KB', scale: 1 / 1024 };
export const COUNT: Unit = { digits: 0, suffix: '' };

const number = (value: number, unit: Unit) => (value * (unit.scale ?? 1)).toFixed(unit.digits);

export const format = (value: number, unit: Unit) => `${number(value, unit)}${unit.suffix}`;

/** "6.31 s (6.10–7.02)": the median, and the range when runs differed. */
export function withRange(spread: Spread, unit: Unit): string {
  if (spread.count === 0) return '–';
  const median = format(spread.median, unit);
  return spread.min === spread.max ? median : `${median} (${number(spread.min, unit)}–${number(spread.max, unit)})`;
}

/** this / peer to two places, or what to say when the peer's figure is zero. */
export function ratio(mine: number, peer: number): string {
  if (peer === 0) return mine === 0 ? 'both 0' : 'peer 0';
  return (mine / peer).toFixed(2);
}

/** The median of paired ratios, with their range when they differ. */
export function ratioSpread(ratios: Spread): string {
  const median = ratios.median.toFixed(2);
  return ratios.min === ratios.max ? median : `${median} (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`;
}

/** Prints rows as columns padded to their widest cell; the first row is the header. */
export function printTable(rows: string[][], indent = '  '): void {
  if (rows.length === 0) return;
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows)
    console.log(
      indent +
        row
          .map((cell, column) => cell.padEnd(widths[column]!))
          .join('   ')
          .trimEnd(),
    );
}

export function heading(text: string): void {
  console.log(`\n${text}`);
}
