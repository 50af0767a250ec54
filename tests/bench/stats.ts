// Medians and ranges of repeated measurements, and ratios of paired ones: on a shared machine
// absolute times drift, so only the ratio of two runs taken side by side is trusted.

export interface Spread {
  median: number;
  min: number;
  max: number;
  count: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, count: sorted.length };
}

/** The spread of this/peer for measurements taken in pairs (same index, side by side). */
export function pairedRatios(mine: number[], peer: number[]): Spread {
  return spread(
    mine
      .slice(0, peer.length)
      .map((value, i) => value / peer[i]!)
      .filter(Number.isFinite),
  );
}
