/** What the auth routes and the request hook share: the database, the clock, TLS, throttles. */
import type { Database } from 'better-sqlite3';
import { SignInThrottle } from './sign-in-throttle.js';
import { FailureThrottle } from './throttle.js';
import { TrustCookies } from './trust-cookie.js';
import { trustCookieKey } from './trust-key-store.js';

export interface AuthContext {
  readonly db: Database;
  readonly now: () => Date;
  /** Cookies get the Secure flag when the server speaks HTTPS. */
  readonly tls: boolean;
  /** Wrong pairing and setup codes: 5 per 5 minutes per address. */
  readonly codeThrottle: FailureThrottle;
  /** Failed sign-ins per account, counted apart for clients that signed in before. */
  readonly signInThrottle: SignInThrottle;
  /** The signed cookie that marks a browser where an account has signed in before. */
  readonly trustCookies: TrustCookies;
}

/** Addresses remembered for wrong codes; one more pushes out the least recently seen. */
const CODE_THROTTLE_CAPACITY = 10_000;

export function createAuthContext(db: Database, options: { now?: () => Date; tls?: boolean } = {}): AuthContext {
  const now = options.now ?? (() => new Date());
  const tls = options.tls ?? false;
  const millis = () => now().getTime();
  return {
    db,
    now,
    tls,
    codeThrottle: new FailureThrottle(
      { maxFailures: 5, windowMs: 5 * 60 * 1000, capacity: CODE_THROTTLE_CAPACITY },
      millis,
    ),
    signInThrottle: new SignInThrottle(millis),
    trustCookies: new TrustCookies(trustCookieKey(db), tls),
  };
}
