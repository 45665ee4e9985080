/** What the routes and the request hook share: the storage, the clock, TLS, throttles. */
import { randomBytes } from 'node:crypto';
import type { Storage } from '../storage/types.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { FailureThrottle } from './throttle.js';
import { TrustCookies } from './trust-cookie.js';

export interface AuthContext {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Cookies get the Secure flag when the server speaks HTTPS. */
  readonly tls: boolean;
  /** Wrong pairing and setup codes: 5 per 5 minutes per address, counted in the storage. */
  readonly codeThrottle: FailureThrottle;
  /** Failed sign-ins per account, counted apart for clients that signed in before (in the storage). */
  readonly signInThrottle: SignInThrottle;
  /** The signed cookie that marks a browser where an account has signed in before. */
  readonly trustCookies: TrustCookies;
}

/** Wrong pairing and setup codes, keyed `pair:<address>` and `setup:<address>`. */
const CODE_THROTTLE = { pool: 'code', maxFailures: 5, windowMs: 5 * 60 * 1000 } as const;

export async function createAuthContext(
  storage: Storage,
  options: { now?: (() => Date) | undefined; tls?: boolean } = {},
): Promise<AuthContext> {
  const now = options.now ?? (() => new Date());
  const tls = options.tls ?? false;
  // The key is made on first use and kept, so a restart does not turn every known browser into a stranger.
  const trustKey = await storage.accounts.trustCookieKey(randomBytes(32).toString('base64url'));
  return {
    storage,
    now,
    tls,
    codeThrottle: new FailureThrottle(storage.throttles, CODE_THROTTLE, now),
    signInThrottle: new SignInThrottle(storage.throttles, now),
    trustCookies: new TrustCookies(trustKey, tls),
  };
}
