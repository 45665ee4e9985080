/**
 * Counts failed attempts (sign-in, pairing, setup) per key in a sliding window and says when a
 * key may try again. The counts live in the storage (ThrottleStorage), so every server process on
 * one database shares them and a restart forgets none.
 */
import type { ThrottleFailure, ThrottleLimit, ThrottleStorage } from '../storage/types.js';
import { sha256 } from './crypto.js';

export interface ThrottleOptions extends ThrottleLimit {
  /** Which count this is in the storage, e.g. 'code' or 'untrusted'. */
  readonly pool: string;
}

/** What one more failure did: whether it started a block, and from how many addresses the failures came. */
export interface FailureOutcome {
  readonly blockedNow: boolean;
  readonly addresses: number;
}

/**
 * What bounds the stored failures, now that no capacity does: per key the storage keeps only the
 * newest `maxFailures` (older ones can never block again), each new failure deletes every failure
 * that has left its window, and failures only arrive through routes that limit each address
 * (server/auth/address-limits.ts). So the table holds about one window's worth of failures, and a
 * failure's network address is gone at the first failure after its window.
 */
export class FailureThrottle {
  constructor(
    private readonly storage: ThrottleStorage,
    private readonly options: ThrottleOptions,
    private readonly now: () => Date,
  ) {}

  /** Milliseconds until `key` may try again, or 0 if it is not blocked. */
  async retryAfterMs(key: string): Promise<number> {
    const now = this.now();
    return this.waitAfter(await this.storage.recentFailures(this.counted(key), now, this.options), now.getTime());
  }

  /** Counts one failure of `key` from network address `from`. */
  async recordFailure(key: string, from: string): Promise<FailureOutcome> {
    const now = this.now();
    const { maxFailures } = this.options;
    const earlier = await this.storage.recordFailure(this.counted(key), now, from, this.options);
    const counted = [...earlier, { at: now.getTime(), from }].slice(-maxFailures);
    return {
      // Whether it was blocked just before is read in the same transaction, so when two processes
      // count the failure that blocks at the same moment, only one of them says so.
      blockedNow: this.waitAfter(earlier, now.getTime()) === 0 && this.waitAfter(counted, now.getTime()) > 0,
      addresses: new Set(counted.map((failure) => failure.from)).size,
    };
  }

  async clear(key: string): Promise<void> {
    await this.storage.clear(this.counted(key));
  }

  /** The wait that `failures` (inside the window, oldest first) impose at `now`. */
  private waitAfter(failures: readonly ThrottleFailure[], now: number): number {
    const { maxFailures, windowMs } = this.options;
    if (failures.length < maxFailures) return 0;
    const oldestThatCounts = failures[failures.length - maxFailures] as ThrottleFailure;
    return Math.max(0, oldestThatCounts.at + windowMs - now);
  }

  /**
   * Keys are stored as hashes: a sign-in name that is no account (perhaps a PIN typed into the
   * name field) must never be written down, and the counts need only tell keys apart.
   */
  private counted(key: string) {
    return { pool: this.options.pool, key: sha256(key) };
  }
}

/** "Try again in 4 minutes." for a person reading an error message. */
export function describeRetry(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return `Try again in ${Math.max(1, Math.ceil(ms / 1000))} seconds.`;
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
