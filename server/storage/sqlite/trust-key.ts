/**
 * The key that signs trust cookies (server/auth/trust-cookie.ts), kept in the meta table so a
 * restart does not turn every known browser into a stranger.
 */
import type { Database } from 'better-sqlite3';
import { prepared } from './statements.js';

const KEY_NAME = 'trust_cookie_key';

/** The kept key; `candidate` becomes it when none was kept before. */
export function trustCookieKey(db: Database, candidate: string): string {
  prepared(db, 'INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(KEY_NAME, candidate);
  return prepared(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(KEY_NAME) as string;
}
