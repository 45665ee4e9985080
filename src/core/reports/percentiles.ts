/** Nearest-rank percentiles: always a value that was observed, never an interpolation. */

/** The `p`-th percentile (0 < p ≤ 1) of `values` by nearest rank; null for no values. */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Rounded first: 0.9 × 30 is 27.000000000000004 in floating point, whose ceiling is 28.
  const rank = Math.ceil(Number((p * sorted.length).toFixed(9)));
  return sorted[Math.max(0, rank - 1)] ?? null;
}
