/**
 * What each staff account was, over time, in PostgreSQL: its role and whether it was active. The
 * server checks an op against the account as it was when the op was made.
 */
import type { StaffState } from '../types.js';
import type { PgDb } from './db.js';

/** Records the account's state from `at` on. Called by every write that changes role or disabled. */
export async function recordStaffState(db: PgDb, staffId: string, at: Date, state: StaffState): Promise<void> {
  await db
    .insertInto('staff_history')
    .values({ staff_id: staffId, at: at.toISOString(), role: state.role, active: state.active ? 1 : 0 })
    .execute();
}

/** The account's state at `at` (ms), or undefined before it existed. The latest change wins a tie. */
export async function staffStateAt(db: PgDb, staffId: string, at: number): Promise<StaffState | undefined> {
  const row = await db
    .selectFrom('staff_history')
    .select(['role', 'active'])
    .where('staff_id', '=', staffId)
    .where('at', '<=', new Date(at).toISOString())
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { role: row.role, active: row.active === 1 };
}
