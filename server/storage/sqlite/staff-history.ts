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

/** One change of an account's role or state, as `staffHistoryOf` lists them. */
export interface StaffChange extends StaffState {
  /** When the change took effect, as stored (ISO 8601). */
  readonly at: string;
}

/** Every change of an account, oldest first (a tie in time in the order they were recorded). */
export function staffHistoryOf(db: Database, staffId: string): StaffChange[] {
  const rows = prepared(db, 'SELECT at, role, active FROM staff_history WHERE staff_id = ? ORDER BY at, id').all(
    staffId,
  ) as { at: string; role: StaffRole; active: number }[];
  return rows.map((row) => ({ at: row.at, role: row.role, active: row.active === 1 }));
}

/** The state `history` (from `staffHistoryOf`) gives at `at` (ms), as `staffStateAt` reads it from the table. */
export function stateInHistory(history: readonly StaffChange[], at: number): StaffState | undefined {
  const when = new Date(at).toISOString();
  let state: StaffState | undefined;
  for (const change of history) {
    if (change.at > when) break;
    state = { role: change.role, active: change.active };
  }
  return state;
}
