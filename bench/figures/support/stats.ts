/** Order statistics for timed samples (nearest-rank percentiles, as load tools report them). */

export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);
export const p95 = (samples: readonly number[]) => percentile(samples, 0.95);
export const p99 = (samples: readonly number[]) => percentile(samples, 0.99);
