/**
 * Staff accounts in SQLite. Only this module reads the secret hash column. Every change of role
 * or of disabled is also written to the account's history, in the same transaction.
 */
import type { Database } from 'better-sqlite3';
import type { StaffAccount, StaffRole } from '../../../src/core/auth/api.js';
import { newId } from '../../auth/crypto.js';
import { type StaffRow as RowsStaffRow, staffAccountOf } from '../rows.js';
import { siteListOf } from '../site-list.js';
import type { AuditRecord, NewStaff, StaffWithSecret } from '../types.js';
import { recordAudit } from './audit.js';
import { isUniqueViolation } from './errors.js';
import { endSessionsOf } from './sessions.js';
import { recordStaffState } from './staff-history.js';
import { prepared } from './statements.js';

type StaffRow = RowsStaffRow & { readonly secret_hash: string };

const toAccount = staffAccountOf;

export function countActiveAdmins(db: Database): number {
  return prepared(db, "SELECT count(*) FROM staff WHERE role = 'admin' AND disabled_at IS NULL")
    .pluck()
    .get() as number;
}

export function findStaffById(db: Database, id: string): StaffAccount | undefined {
  const row = prepared(db, 'SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return row && toAccount(row);
}

export function findStaffForSignIn(db: Database, loginName: string): StaffWithSecret | undefined {
  const row = prepared(db, 'SELECT * FROM staff WHERE login_name = ?').get(loginName) as StaffRow | undefined;
  return row && { account: toAccount(row), secretHash: row.secret_hash };
}

export function listStaff(db: Database): StaffAccount[] {
  return (prepared(db, 'SELECT * FROM staff ORDER BY display_name COLLATE NOCASE').all() as StaffRow[]).map(toAccount);
}

export function loginNameTaken(db: Database, loginName: string): boolean {
  return prepared(db, 'SELECT 1 FROM staff WHERE login_name = ?').get(loginName) !== undefined;
}

/** Inserts an account and its first history entry. The caller holds the transaction. */
export function insertStaff(db: Database, at: Date, fields: NewStaff): StaffAccount {
  const id = newId();
  prepared(
    db,
    'INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, fields.displayName, fields.loginName, fields.role, fields.secretHash, at.toISOString());
  recordStaffState(db, id, at, { role: fields.role, active: true });
  return findStaffById(db, id) as StaffAccount;
}

/**
 * `insertStaff` in its own transaction, or 'login_taken' when another request stored the same
 * sign-in name first. The UNIQUE index decides, so of two requests racing (each checked the name,
 * then hashed the secret) exactly one wins.
 */
export function createStaff(
  db: Database,
  at: Date,
  fields: NewStaff,
  audit?: (account: StaffAccount) => AuditRecord,
): StaffAccount | 'login_taken' {
  try {
    return db.transaction(() => {
      const account = insertStaff(db, at, fields);
      if (audit) recordAudit(db, at, audit(account));
      return account;
    })();
  } catch (error) {
    if (isUniqueViolation(error, 'staff.login_name')) return 'login_taken';
    throw error;
  }
}

export function updateStaff(
  db: Database,
  id: string,
  fields: { displayName?: string; role?: StaffRole; sites?: readonly string[] },
  at: Date,
  audit: AuditRecord,
): StaffAccount | undefined {
  return db.transaction(() => {
    const before = findStaffById(db, id);
    if (!before) return undefined;
    prepared(
      db,
      'UPDATE staff SET display_name = coalesce(?, display_name), role = coalesce(?, role) WHERE id = ?',
    ).run(fields.displayName ?? null, fields.role ?? null, id);
    if (fields.role && fields.role !== before.role) {
      recordStaffState(db, id, at, { role: fields.role, active: !before.disabled });
    }
    if (fields.sites) prepared(db, 'UPDATE staff SET sites = ? WHERE id = ?').run(siteListOf(fields.sites), id);
    recordAudit(db, at, audit);
    return findStaffById(db, id);
  })();
}

/** Disables (from `at`, ending every session) or re-enables an account. */
export function setStaffDisabled(
  db: Database,
  id: string,
  disabled: boolean,
  at: Date,
  audit: AuditRecord,
): StaffAccount | undefined {
  return db.transaction(() => {
    const before = findStaffById(db, id);
    if (!before) return undefined;
    prepared(db, 'UPDATE staff SET disabled_at = ? WHERE id = ?').run(disabled ? at.toISOString() : null, id);
    if (before.disabled !== disabled) recordStaffState(db, id, at, { role: before.role, active: !disabled });
    if (disabled) endSessionsOf(db, id, at);
    recordAudit(db, at, audit);
    return findStaffById(db, id);
  })();
}

export function resetStaffSecret(
  db: Database,
  id: string,
  secretHash: string,
  at: Date,
  keepTokenHash: string,
  audit: AuditRecord,
): void {
  db.transaction(() => {
    prepared(db, 'UPDATE staff SET secret_hash = ? WHERE id = ?').run(secretHash, id);
    endSessionsOf(db, id, at, keepTokenHash);
    recordAudit(db, at, audit);
  })();
}
