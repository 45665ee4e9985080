/**
 * Failed sign-ins counted the OWASP "device cookie" way (docs/adr/0004): a browser or paired staff
 * device that has signed in to an account before has its own count for it; all other clients
 * share one count per account, so a stranger's guessing never locks out the person's own device.
 */
import type { ThrottleStorage } from '../storage/types.js';
import { type FailureOutcome, FailureThrottle } from './throttle.js';

export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** Who is trying to sign in, as far as throttling is concerned. */
export type SignInClient =
  /** Signed in to this account before: a trust cookie or a paired staff device (`clientKey`). */
  | { readonly kind: 'trusted'; readonly accountId: string; readonly clientKey: string }
  /** Any other client, for a real account. */
  | { readonly kind: 'untrusted'; readonly accountId: string }
  /** A name that is no account: throttled exactly like one, so answers do not reveal which names exist. */
  | { readonly kind: 'unknown'; readonly loginName: string };

export class SignInThrottle {
  // Three pools in the storage, named by the kind of client: what a stranger can create cheaply
  // (unknown names) is counted, and pruned, apart from the counts that protect real accounts.
  private readonly pools: Record<SignInClient['kind'], FailureThrottle>;

  constructor(storage: ThrottleStorage, now: () => Date) {
    const throttle = (pool: SignInClient['kind']) =>
      new FailureThrottle(storage, { pool, maxFailures: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS }, now);
    this.pools = { untrusted: throttle('untrusted'), unknown: throttle('unknown'), trusted: throttle('trusted') };
  }

  /** Milliseconds until `client` may try again, or 0. */
  retryAfterMs(client: SignInClient): Promise<number> {
    return this.pools[client.kind].retryAfterMs(keyOf(client));
  }

  /** Counts a failure from `address`; `blockedNow` says this one locked the count. */
  recordFailure(client: SignInClient, address: string): Promise<FailureOutcome> {
    return this.pools[client.kind].recordFailure(keyOf(client), address);
  }

  /**
   * A trusted client that got it right starts afresh. The shared count of untrusted clients is
   * not cleared by one success, or a guesser could keep resetting it between the person's visits.
   */
  async recordSuccess(client: SignInClient): Promise<void> {
    if (client.kind === 'trusted') await this.pools.trusted.clear(keyOf(client));
  }
}

function keyOf(client: SignInClient): string {
  switch (client.kind) {
    case 'trusted':
      return `${client.accountId} ${client.clientKey}`;
    case 'untrusted':
      return client.accountId;
    case 'unknown':
      return client.loginName;
  }
}
