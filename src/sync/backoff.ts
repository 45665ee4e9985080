/** Exponential backoff with jitter, so devices that lost the server together do not return together. */

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, maxMs: 60_000 };

/**
 * The wait before retry number `attempt` (1 for the first retry): base × 2^(attempt−1), capped,
 * then a random point in its upper half ("equal jitter": never zero, never above the cap).
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
