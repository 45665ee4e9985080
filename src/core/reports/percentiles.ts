/** Nearest-rank percentiles: always a value that was observed, never an interpolation. */

/** The `p`-th percentile (0 < p ≤ 1) of `values` by nearest rank; null for no values. */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}
