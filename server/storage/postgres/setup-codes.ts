/** The one-time setup code in PostgreSQL (stored as a hash), and using it to create the first admin. */
import type { StaffAccount } from '../../../src/core/auth/api.js';
import type { AuditRecord, NewStaff } from '../types.js';
import { recordAudit } from './audit.js';
import { inTransaction, type PgDb } from './db.js';
import { insertStaff, loginNameTaken } from './staff.js';

/** Each start replaces the previous code. */
export function replaceSetupCode(db: PgDb, codeHash: string, expiresAt: Date): Promise<void> {
  return inTransaction(db, async (trx) => {
    await trx.deleteFrom('setup_codes').execute();
    await trx.insertInto('setup_codes').values({ code_hash: codeHash, expires_at: expiresAt.toISOString() }).execute();
  });
}

export function completeSetup(
  db: PgDb,
  codeHash: string,
  at: Date,
  admin: NewStaff,
  audit: (account: StaffAccount) => AuditRecord,
): Promise<StaffAccount | 'code_invalid' | 'login_taken'> {
  return inTransaction(db, async (trx): Promise<StaffAccount | 'code_invalid' | 'login_taken'> => {
    // A conditional UPDATE uses the code: of two processes racing with it, one updates the row
    // and the other, after waiting on its lock, finds it used.
    const used = await trx
      .updateTable('setup_codes')
      .set({ used_at: at.toISOString() })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at.toISOString())
      .executeTakeFirst();
    if (used.numUpdatedRows !== 1n) return 'code_invalid';
    // As on SQLite: the code is used up even then (the server prints a new one at start).
    if (await loginNameTaken(trx, admin.loginName)) return 'login_taken';
    const created = await insertStaff(trx, at, admin);
    await recordAudit(trx, at, audit(created));
    return created;
  });
}
