/**
 * Staff accounts in SQLite. Only this module reads the secret hash column. Every change of role
 * or of disabled is also written to the account's history, in the same transaction.
 */
import type { Database } from 'better-sqlite3';
import type { StaffAccount, StaffRole } from '../../src/core/auth/api.js';
import { isUniqueViolation } from '../db/sqlite-errors.js';
import { newId } from './crypto.js';
import { recordStaffState } from './staff-history.js';

interface StaffRow {
  id: string;
  display_name: string;
  login_name: string;
  role: StaffRole;
  secret_hash: string;
  disabled_at: string | null;
  created_at: string;
}

export interface StaffWithSecret {
  readonly account: StaffAccount;
  readonly secretHash: string;
}

function toAccount(row: StaffRow): StaffAccount {
  return {
    id: row.id,
    displayName: row.display_name,
    loginName: row.login_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}

export function countActiveAdmins(db: Database): number {
  return db.prepare("SELECT count(*) FROM staff WHERE role = 'admin' AND disabled_at IS NULL").pluck().get() as number;
}

export function findStaffById(db: Database, id: string): StaffAccount | undefined {
  const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return row && toAccount(row);
}

export function findStaffForSignIn(db: Database, loginName: string): StaffWithSecret | undefined {
  const row = db.prepare('SELECT * FROM staff WHERE login_name = ?').get(loginName) as StaffRow | undefined;
  return row && { account: toAccount(row), secretHash: row.secret_hash };
}

export function listStaff(db: Database): StaffAccount[] {
  return (db.prepare('SELECT * FROM staff ORDER BY display_name COLLATE NOCASE').all() as StaffRow[]).map(toAccount);
}

export function loginNameTaken(db: Database, loginName: string): boolean {
  return db.prepare('SELECT 1 FROM staff WHERE login_name = ?').get(loginName) !== undefined;
}

export function insertStaff(
  db: Database,
  at: Date,
  fields: { displayName: string; loginName: string; role: StaffRole; secretHash: string },
): StaffAccount {
  const id = newId();
  db.transaction(() => {
    db.prepare(
      'INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, fields.displayName, fields.loginName, fields.role, fields.secretHash, at.toISOString());
    recordStaffState(db, id, at, { role: fields.role, active: true });
  })();
  return findStaffById(db, id) as StaffAccount;
}

/**
 * `insertStaff`, or 'login_taken' when another request stored the same sign-in name first. The
 * UNIQUE index decides, so of two requests racing (each checked the name, then hashed the secret)
 * exactly one wins.
 */
export function insertStaffUnlessTaken(
  db: Database,
  at: Date,
  fields: Parameters<typeof insertStaff>[2],
): StaffAccount | 'login_taken' {
  try {
    return insertStaff(db, at, fields);
  } catch (error) {
    if (isUniqueViolation(error, 'staff.login_name')) return 'login_taken';
    throw error;
  }
}

export function updateStaff(
  db: Database,
  id: string,
  fields: { displayName?: string; role?: StaffRole },
  at: Date,
): void {
  db.transaction(() => {
    const before = findStaffById(db, id);
    db.prepare('UPDATE staff SET display_name = coalesce(?, display_name), role = coalesce(?, role) WHERE id = ?').run(
      fields.displayName ?? null,
      fields.role ?? null,
      id,
    );
    if (before && fields.role && fields.role !== before.role) {
      recordStaffState(db, id, at, { role: fields.role, active: !before.disabled });
    }
  })();
}

/** Disables (from `at`) or re-enables an account. */
export function setStaffDisabled(db: Database, id: string, disabled: boolean, at: Date): void {
  db.transaction(() => {
    const before = findStaffById(db, id);
    db.prepare('UPDATE staff SET disabled_at = ? WHERE id = ?').run(disabled ? at.toISOString() : null, id);
    if (before && before.disabled !== disabled) recordStaffState(db, id, at, { role: before.role, active: !disabled });
  })();
}

export function setStaffSecret(db: Database, id: string, secretHash: string): void {
  db.prepare('UPDATE staff SET secret_hash = ? WHERE id = ?').run(secretHash, id);
}
