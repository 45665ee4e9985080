/**
 * Staff accounts in PostgreSQL. Only this module reads the secret hash column. Every change of
 * role or of disabled is also written to the account's history, in the same transaction.
 */
import { sql } from 'kysely';
import type { StaffAccount, StaffRole } from '../../../src/core/auth/api.js';
import { newId } from '../../auth/crypto.js';
import { staffAccountOf } from '../rows.js';
import { siteListOf } from '../site-list.js';
import type { AuditRecord, NewStaff, StaffWithSecret } from '../types.js';
import { recordAudit } from './audit.js';
import { inTransaction, type PgDb } from './db.js';
import { isUniqueViolation } from './errors.js';
import { endSessionsOf } from './sessions.js';
import { recordStaffState } from './staff-history.js';

const toAccount = staffAccountOf;

export async function countActiveAdmins(db: PgDb): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findStaffById(db: PgDb, id: string): Promise<StaffAccount | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** The account, its row locked until the transaction ends: a change reads what it changes. */
async function lockedStaff(db: PgDb, id: string): Promise<StaffAccount | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toAccount(row);
}

export async function findStaffForSignIn(db: PgDb, loginName: string): Promise<StaffWithSecret | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('login_name', '=', loginName).executeTakeFirst();
  return row && { account: toAccount(row), secretHash: row.secret_hash };
}

/** By display name, case-insensitively (as SQLite's COLLATE NOCASE), then by id for a stable order. */
export async function listStaff(db: PgDb): Promise<StaffAccount[]> {
  const rows = await db
    .selectFrom('staff')
    .selectAll()
    .orderBy(sql`lower(display_name) COLLATE "C"`)
    .orderBy('id')
    .execute();
  return rows.map(toAccount);
}

export async function loginNameTaken(db: PgDb, loginName: string): Promise<boolean> {
  const row = await db.selectFrom('staff').select('id').where('login_name', '=', loginName).executeTakeFirst();
  return row !== undefined;
}

/** Inserts an account and its first history entry. The caller holds the transaction. */
export async function insertStaff(db: PgDb, at: Date, fields: NewStaff): Promise<StaffAccount> {
  const row = await db
    .insertInto('staff')
    .values({
      id: newId(),
      display_name: fields.displayName,
      login_name: fields.loginName,
      role: fields.role,
      secret_hash: fields.secretHash,
      created_at: at.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordStaffState(db, row.id, at, { role: fields.role, active: true });
  return toAccount(row);
}

/**
 * `insertStaff` in its own transaction, or 'login_taken' when another request stored the same
 * sign-in name first: the UNIQUE index decides, so of two racing requests exactly one wins.
 */
export async function createStaff(
  db: PgDb,
  at: Date,
  fields: NewStaff,
  audit?: (account: StaffAccount) => AuditRecord,
): Promise<StaffAccount | 'login_taken'> {
  try {
    return await inTransaction(db, async (trx) => {
      const account = await insertStaff(trx, at, fields);
      if (audit) await recordAudit(trx, at, audit(account));
      return account;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'staff_login_name_key')) return 'login_taken';
    throw error;
  }
}

export function updateStaff(
  db: PgDb,
  id: string,
  fields: { displayName?: string; role?: StaffRole; sites?: readonly string[] },
  at: Date,
  audit: AuditRecord,
): Promise<StaffAccount | undefined> {
  return inTransaction(db, async (trx) => {
    const before = await lockedStaff(trx, id);
    if (!before) return undefined;
    await trx
      .updateTable('staff')
      .set({
        display_name: fields.displayName ?? before.displayName,
        role: fields.role ?? before.role,
        sites: siteListOf(fields.sites ?? before.sites),
      })
      .where('id', '=', id)
      .execute();
    if (fields.role && fields.role !== before.role) {
      await recordStaffState(trx, id, at, { role: fields.role, active: !before.disabled });
    }
    await recordAudit(trx, at, audit);
    return findStaffById(trx, id);
  });
}

/** Disables (from `at`, ending every session) or re-enables an account. */
export function setStaffDisabled(
  db: PgDb,
  id: string,
  disabled: boolean,
  at: Date,
  audit: AuditRecord,
): Promise<StaffAccount | undefined> {
  return inTransaction(db, async (trx) => {
    const before = await lockedStaff(trx, id);
    if (!before) return undefined;
    await trx
      .updateTable('staff')
      .set({ disabled_at: disabled ? at.toISOString() : null })
      .where('id', '=', id)
      .execute();
    if (before.disabled !== disabled) await recordStaffState(trx, id, at, { role: before.role, active: !disabled });
    if (disabled) await endSessionsOf(trx, id, at);
    await recordAudit(trx, at, audit);
    return findStaffById(trx, id);
  });
}

export function resetStaffSecret(
  db: PgDb,
  id: string,
  secretHash: string,
  at: Date,
  keepTokenHash: string,
  audit: AuditRecord,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    await trx.updateTable('staff').set({ secret_hash: secretHash }).where('id', '=', id).execute();
    await endSessionsOf(trx, id, at, keepTokenHash);
    await recordAudit(trx, at, audit);
  });
}
