/**
 * What each staff account was, over time: its role and whether it was active. The server checks
 * an op against the account as it was when the op was made, which may be hours before it arrives.
 */
import type { Database } from 'better-sqlite3';
import type { StaffRole } from '../../../src/core/auth/api.js';
import type { StaffState } from '../types.js';
import { prepared } from './statements.js';

/** Records the account's state from `at` on. Called by every write that changes role or disabled. */
export function recordStaffState(db: Database, staffId: string, at: Date, state: StaffState): void {
  prepared(db, 'INSERT INTO staff_history (staff_id, at, role, active) VALUES (?, ?, ?, ?)').run(
    staffId,
    at.toISOString(),
    state.role,
    state.active ? 1 : 0,
  );
}

/** The account's state at `at` (ms), or undefined before it existed. The latest change wins a tie. */
export function staffStateAt(db: Database, staffId: string, at: number): StaffState | undefined {
  const row = prepared(
    db,
    'SELECT role, active FROM staff_history WHERE staff_id = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1',
  ).get(staffId, new Date(at).toISOString()) as { role: StaffRole; active: number } | undefined;
  return row && { role: row.role, active: row.active === 1 };
}
