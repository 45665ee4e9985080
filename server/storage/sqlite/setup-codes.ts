/** The one-time setup code in SQLite (stored as a hash), and using it to create the first admin. */
import type { Database } from 'better-sqlite3';
import type { StaffAccount } from '../../../src/core/auth/api.js';
import type { AuditRecord, NewStaff } from '../types.js';
import { recordAudit } from './audit.js';
import { insertStaff, loginNameTaken } from './staff.js';
import { prepared } from './statements.js';

/** Each start replaces the previous code. */
export function replaceSetupCode(db: Database, codeHash: string, expiresAt: Date): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM setup_codes').run();
    prepared(db, 'INSERT INTO setup_codes (code_hash, expires_at) VALUES (?, ?)').run(
      codeHash,
      expiresAt.toISOString(),
    );
  })();
}

export function completeSetup(
  db: Database,
  codeHash: string,
  at: Date,
  admin: NewStaff,
  audit: (account: StaffAccount) => AuditRecord,
): StaffAccount | 'code_invalid' | 'login_taken' {
  return db.transaction((): StaffAccount | 'code_invalid' | 'login_taken' => {
    const used = prepared(
      db,
      'UPDATE setup_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
    ).run(at.toISOString(), codeHash, at.toISOString());
    if (used.changes !== 1) return 'code_invalid';
    // As before issue 17: the code is used up even then (the server prints a new one at start).
    if (loginNameTaken(db, admin.loginName)) return 'login_taken';
    const created = insertStaff(db, at, admin);
    recordAudit(db, at, audit(created));
    return created;
  })();
}
