/**
 * Counts failed attempts (sign-in, pairing, setup) per key in a sliding window and says when a
 * key may try again. In memory and bounded: at most `capacity` keys (least recently used leave
 * first), and per key only the failures that can still matter (the last `maxFailures`).
 */
import { LRUCache } from 'lru-cache';

export interface ThrottleOptions {
  readonly maxFailures: number;
  readonly windowMs: number;
  /** How many keys are remembered at most; past it, the least recently used key is forgotten. */
  readonly capacity: number;
}

interface Failure {
  readonly at: number;
  /** The network address it came from, to tell how many were involved in a lock. */
  readonly from: string;
}

/** What one more failure did: whether it started a block, and from how many addresses the failures came. */
export interface FailureOutcome {
  readonly blockedNow: boolean;
  readonly addresses: number;
}

export class FailureThrottle {
  private readonly failures: LRUCache<string, readonly Failure[]>;

  constructor(
    private readonly options: ThrottleOptions,
    private readonly now: () => number,
  ) {
    this.failures = new LRUCache({ max: options.capacity });
  }

  /** Milliseconds until `key` may try again, or 0 if it is not blocked. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key, this.now());
    if (recent.length < this.options.maxFailures) return 0;
    const oldestThatCounts = recent[recent.length - this.options.maxFailures] as Failure;
    return oldestThatCounts.at + this.options.windowMs - this.now();
  }

  recordFailure(key: string, from: string): FailureOutcome {
    const now = this.now();
    const wasBlocked = this.retryAfterMs(key) > 0;
    // Older failures than the last maxFailures can never block again, so they are not kept.
    const recent = [...this.recent(key, now), { at: now, from }].slice(-this.options.maxFailures);
    this.failures.set(key, recent);
    return {
      blockedNow: !wasBlocked && this.retryAfterMs(key) > 0,
      addresses: new Set(recent.map((failure) => failure.from)).size,
    };
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  /** How many keys are remembered now (never more than the capacity). */
  get size(): number {
    return this.failures.size;
  }

  private recent(key: string, now: number): readonly Failure[] {
    const all = this.failures.get(key);
    if (!all) return [];
    const recent = all.filter((failure) => now - failure.at < this.options.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}

/** "Try again in 4 minutes." for a person reading an error message. */
export function describeRetry(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return `Try again in ${Math.max(1, Math.ceil(ms / 1000))} seconds.`;
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
