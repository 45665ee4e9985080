/**
 * The key that signs trust cookies (server/auth/trust-cookie.ts), made on first use and kept in the
 * meta table, so a restart does not turn every known browser into a stranger.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

const KEY_NAME = 'trust_cookie_key';

export function trustCookieKey(db: Database): string {
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
    KEY_NAME,
    randomBytes(32).toString('base64url'),
  );
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEY_NAME) as string;
}
