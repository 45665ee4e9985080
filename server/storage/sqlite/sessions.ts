/**
 * Staff sessions in SQLite, stored by token hash. Ended sessions are kept (with when they ended):
 * they are the history that says who could have made an op on a device at a given time. The
 * rules (idle and maximum age, how often to touch) are server/auth/sessions.ts's.
 */
import type { Database } from 'better-sqlite3';
import { SESSION_TOUCH_EVERY_MS, sessionExpiry } from '../../auth/sessions.js';
import type { SessionRecord, SessionSpan } from '../types.js';
import { unavailableReason } from './errors.js';
import { prepared } from './statements.js';

interface SessionRow {
  token_hash: string;
  staff_id: string;
  device_id: string | null;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
}

function expiryOf(row: Pick<SessionRow, 'created_at' | 'last_seen_at'>): number {
  return sessionExpiry(Date.parse(row.created_at), Date.parse(row.last_seen_at));
}

/** On a paired device a sign-in ends whatever session that device had: the person before can no longer act on it. */
export function startSession(
  db: Database,
  tokenHash: string,
  staffId: string,
  deviceId: string | null,
  at: Date,
): void {
  const iso = at.toISOString();
  db.transaction(() => {
    if (deviceId !== null) {
      const live = prepared(
        db,
        'SELECT token_hash, created_at, last_seen_at FROM sessions WHERE device_id = ? AND ended_at IS NULL',
      ).all(deviceId) as SessionRow[];
      endRows(db, live, at);
    }
    prepared(
      db,
      'INSERT INTO sessions (token_hash, staff_id, device_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    ).run(tokenHash, staffId, deviceId, iso, iso);
  })();
}

export function resumeSession(db: Database, tokenHash: string, now: Date): SessionRecord | undefined {
  const row = prepared(
    db,
    'SELECT staff_id, created_at, last_seen_at FROM sessions WHERE token_hash = ? AND ended_at IS NULL',
  ).get(tokenHash) as Pick<SessionRow, 'staff_id' | 'created_at' | 'last_seen_at'> | undefined;
  if (!row) return undefined;
  const expiry = expiryOf(row);
  if (now.getTime() >= expiry) {
    whenWritable(() =>
      prepared(db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ?').run(
        new Date(expiry).toISOString(),
        tokenHash,
      ),
    );
    return undefined;
  }
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() - lastSeen >= SESSION_TOUCH_EVERY_MS) {
    const touched = whenWritable(() =>
      prepared(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.toISOString(), tokenHash),
    );
    if (touched) return { tokenHash, staffId: row.staff_id, lastSeenAt: now.getTime() };
  }
  return { tokenHash, staffId: row.staff_id, lastSeenAt: lastSeen };
}

/**
 * Runs a write that only keeps a session's times; false when the disk is full or read-only. A
 * signed-in person's reads must go on while the server cannot write (it answers writes 503).
 */
function whenWritable(write: () => unknown): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if (unavailableReason(error) === undefined) throw error;
    return false;
  }
}

export function endSession(db: Database, tokenHash: string, at: Date): void {
  prepared(db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(
    at.toISOString(),
    tokenHash,
  );
}

/** Ends every session of a staff member, except the one with `keepTokenHash`. The caller holds the transaction. */
export function endSessionsOf(db: Database, staffId: string, at: Date, keepTokenHash = ''): void {
  const live = prepared(
    db,
    'SELECT token_hash, created_at, last_seen_at FROM sessions WHERE staff_id = ? AND token_hash != ? AND ended_at IS NULL',
  ).all(staffId, keepTokenHash) as SessionRow[];
  endRows(db, live, at);
}

/** Ends sessions at `at`, or at their expiry if that came first: history must not stretch them. */
function endRows(
  db: Database,
  rows: readonly Pick<SessionRow, 'token_hash' | 'created_at' | 'last_seen_at'>[],
  at: Date,
): void {
  const end = prepared(db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ?');
  for (const row of rows) end.run(new Date(Math.min(at.getTime(), expiryOf(row))).toISOString(), row.token_hash);
}

/**
 * The sessions of a staff member that were live at some moment in [from, until] (ms), as spans.
 * A session never ended counts until it would have expired, which is as long as a device that
 * lost the network keeps the console open with it.
 */
export function sessionsOverlapping(db: Database, staffId: string, from: number, until: number): SessionSpan[] {
  const rows = prepared(
    db,
    `SELECT token_hash, device_id, created_at, last_seen_at, ended_at FROM sessions
        WHERE staff_id = ? AND created_at <= ? AND (ended_at IS NULL OR ended_at >= ?)`,
  ).all(staffId, new Date(until).toISOString(), new Date(from).toISOString()) as SessionRow[];
  return rows
    .map((row) => ({
      tokenHash: row.token_hash,
      deviceId: row.device_id,
      from: Date.parse(row.created_at),
      until: row.ended_at === null ? expiryOf(row) : Date.parse(row.ended_at),
    }))
    .filter((span) => span.until >= from);
}
