/**
 * Counts failed attempts (sign-in, pairing, setup) per key in a sliding window and says when a
 * key may try again. In memory: the server is one process, and a restart needs server access.
 */

export interface ThrottleOptions {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: ThrottleOptions,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the first of `keys` may try again, or 0 if none is blocked. */
  retryAfterMs(keys: readonly string[]): number {
    return Math.max(0, ...keys.map((key) => this.blockedFor(key)));
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private blockedFor(key: string): number {
    const now = this.now();
    const recent = this.recent(key, now);
    if (recent.length === 0) this.failures.delete(key);
    if (recent.length < this.options.maxFailures) return 0;
    const oldestThatCounts = recent[recent.length - this.options.maxFailures] as number;
    return oldestThatCounts + this.options.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.options.windowMs);
  }
}

/** "Try again in 4 minutes." for a person reading an error message. */
export function describeRetry(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return `Try again in ${Math.max(1, Math.ceil(ms / 1000))} seconds.`;
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
