/** What the auth routes and the request hook share: the database, the clock, TLS, throttles. */
import type { Database } from 'better-sqlite3';
import { FailureThrottle } from './throttle.js';

export interface AuthContext {
  readonly db: Database;
  readonly now: () => Date;
  /** Cookies get the Secure flag when the server speaks HTTPS. */
  readonly tls: boolean;
  /** Failed sign-ins, pairing codes and setup codes: 5 per 5 minutes per account and per address. */
  readonly throttle: FailureThrottle;
}

export function createAuthContext(db: Database, options: { now?: () => Date; tls?: boolean } = {}): AuthContext {
  const now = options.now ?? (() => new Date());
  return {
    db,
    now,
    tls: options.tls ?? false,
    throttle: new FailureThrottle({ maxFailures: 5, windowMs: 5 * 60 * 1000 }, () => now().getTime()),
  };
}
