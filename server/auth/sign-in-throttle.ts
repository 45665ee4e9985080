/**
 * Failed sign-ins counted the OWASP "device cookie" way (docs/adr/0004): a browser or paired staff
 * device that has signed in to an account before has its own count for it; all other clients
 * share one count per account, so a stranger's guessing never locks out the person's own device.
 */
import { type FailureOutcome, FailureThrottle } from './throttle.js';

export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Keys remembered per pool: far more than the program's staff accounts and their devices. */
export const SIGN_IN_CAPACITY = 10_000;

/** Who is trying to sign in, as far as throttling is concerned. */
export type SignInClient =
  /** Signed in to this account before: a trust cookie or a paired staff device (`clientKey`). */
  | { readonly kind: 'trusted'; readonly accountId: string; readonly clientKey: string }
  /** Any other client, for a real account. */
  | { readonly kind: 'untrusted'; readonly accountId: string }
  /** A name that is no account: throttled exactly like one, so answers do not reveal which names exist. */
  | { readonly kind: 'unknown'; readonly loginName: string };

export class SignInThrottle {
  // Three pools, so that what a stranger can create cheaply (unknown names) can never push out
  // the counts that protect real accounts: those pools only grow with real accounts and devices.
  private readonly untrusted: FailureThrottle;
  private readonly unknown: FailureThrottle;
  private readonly trusted: FailureThrottle;

  constructor(now: () => number, capacity = SIGN_IN_CAPACITY) {
    const options = { maxFailures: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS, capacity };
    this.untrusted = new FailureThrottle(options, now);
    this.unknown = new FailureThrottle(options, now);
    this.trusted = new FailureThrottle(options, now);
  }

  /** Milliseconds until `client` may try again, or 0. */
  retryAfterMs(client: SignInClient): number {
    const [pool, key] = this.poolFor(client);
    return pool.retryAfterMs(key);
  }

  /** Counts a failure from `address`; `blockedNow` says this one locked the count. */
  recordFailure(client: SignInClient, address: string): FailureOutcome {
    const [pool, key] = this.poolFor(client);
    return pool.recordFailure(key, address);
  }

  /**
   * A trusted client that got it right starts afresh. The shared count of untrusted clients is
   * not cleared by one success, or a guesser could keep resetting it between the person's visits.
   */
  recordSuccess(client: SignInClient): void {
    if (client.kind === 'trusted') this.trusted.clear(trustedKey(client));
  }

  /** Keys remembered in each pool (for tests of bounded memory). */
  get sizes(): { untrusted: number; unknown: number; trusted: number } {
    return { untrusted: this.untrusted.size, unknown: this.unknown.size, trusted: this.trusted.size };
  }

  private poolFor(client: SignInClient): [FailureThrottle, string] {
    switch (client.kind) {
      case 'trusted':
        return [this.trusted, trustedKey(client)];
      case 'untrusted':
        return [this.untrusted, client.accountId];
      case 'unknown':
        return [this.unknown, client.loginName];
    }
  }
}

function trustedKey(client: { accountId: string; clientKey: string }): string {
  return `${client.accountId} ${client.clientKey}`;
}
