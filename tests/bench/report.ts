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

/** A ratio to two places (with its range for paired runs); "peer 0" where the peer's figure is zero. */
export function ratio(value: Spread | number, mine = 0, peer = 0): string {
  if (peer === 0) return mine === 0 ? 'both 0' : 'peer 0';
  if (typeof value === 'number') return value.toFixed(2);
  if (value.count === 0) return '–';
  return value.min === value.max ? value.median.toFixed(2) : `${value.median.toFixed(2)} (${value.min.toFixed(2)}–${value.max.toFixed(2)})`;
}

/** Prints rows as columns padded to their widest cell; the first row is the header. */
export function printTable(rows: string[][], indent = '  '): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) console.log(indent + row.map((cell, column) => cell.padEnd(widths[column]!)).join('   ').trimEnd());
}

export function heading(text: string): void {
  console.log(`\n${text}`);
}
