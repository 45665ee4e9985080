/**
 * The one-time link that creates the first admin. Issued at start while no admin exists; each
 * start replaces the previous code; it expires, and it works once.
 */
import type { Database } from 'better-sqlite3';
import { newToken, sha256 } from './crypto.js';
import { countActiveAdmins } from './staff-store.js';

export const SETUP_CODE_TTL_MS = 2 * 60 * 60 * 1000;

export function setupNeeded(db: Database): boolean {
  return countActiveAdmins(db) === 0;
}

/** A fresh setup code if the database has no admin yet; undefined otherwise. */
export function issueSetupCode(db: Database, at: Date): { code: string; expiresAt: Date } | undefined {
  if (!setupNeeded(db)) return undefined;
  const code = newToken();
  const expiresAt = new Date(at.getTime() + SETUP_CODE_TTL_MS);
  db.transaction(() => {
    db.prepare('DELETE FROM setup_codes').run();
    db.prepare('INSERT INTO setup_codes (code_hash, expires_at) VALUES (?, ?)').run(
      sha256(code),
      expiresAt.toISOString(),
    );
  })();
  return { code, expiresAt };
}

/** Marks the code used if it is valid now; true on success. Call inside the transaction that creates the admin. */
export function consumeSetupCode(db: Database, code: string, at: Date): boolean {
  const result = db
    .prepare('UPDATE setup_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?')
    .run(at.toISOString(), sha256(code), at.toISOString());
  return result.changes === 1;
}
