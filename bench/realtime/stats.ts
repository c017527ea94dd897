/** Nearest-rank percentile of samples sorted ascending. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function sortedSamples(samples: number[]): Float64Array {
  return Float64Array.from(samples).sort();
}

export const round = (value: number, digits = 1) => +value.toFixed(digits);
