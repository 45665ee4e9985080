/**
 * Staff sessions: a random token in an HttpOnly cookie, stored as a hash. A session ends after
 * 12 idle hours, after 7 days in any case, at sign-out, or when the account is disabled. Ended
 * sessions are kept (with when they ended): they are the history that says who could have made
 * an op on a device at a given time.
 */
import type { Database } from 'better-sqlite3';
import { newToken, sha256 } from './crypto.js';

export const SESSION_COOKIE = 'lead_session';
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionRecord {
  readonly tokenHash: string;
  readonly staffId: string;
  readonly lastSeenAt: number;
}

/** A session as history: who, on which paired device, from when until when (ms). */
export interface SessionSpan {
  readonly tokenHash: string;
  readonly deviceId: string | null;
  readonly from: number;
  readonly until: number;
}

interface SessionRow {
  token_hash: string;
  staff_id: string;
  device_id: string | null;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
}

/** When a session that was never ended stops counting: idle too long, or too old. */
function expiryOf(row: Pick<SessionRow, 'created_at' | 'last_seen_at'>): number {
  return Math.min(Date.parse(row.last_seen_at) + SESSION_IDLE_MS, Date.parse(row.created_at) + SESSION_MAX_MS);
}

/**
 * Starts a session. A paired device holds one cookie at a time, so a sign-in there ends whatever
 * session that device had: the person before can no longer act on it.
 */
export function createSession(db: Database, staffId: string, deviceId: string | null, at: Date): string {
  const token = newToken();
  const iso = at.toISOString();
  db.transaction(() => {
    if (deviceId !== null) {
      const live = db
        .prepare('SELECT token_hash, created_at, last_seen_at FROM sessions WHERE device_id = ? AND ended_at IS NULL')
        .all(deviceId) as SessionRow[];
      endRows(db, live, at);
    }
    db.prepare(
      'INSERT INTO sessions (token_hash, staff_id, device_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    ).run(sha256(token), staffId, deviceId, iso, iso);
  })();
  return token;
}

/** The live session for a cookie token (touching it), or undefined if unknown, ended or expired. */
export function resumeSession(db: Database, token: string, now: Date): SessionRecord | undefined {
  const tokenHash = sha256(token);
  const row = db
    .prepare('SELECT staff_id, created_at, last_seen_at FROM sessions WHERE token_hash = ? AND ended_at IS NULL')
    .get(tokenHash) as Pick<SessionRow, 'staff_id' | 'created_at' | 'last_seen_at'> | undefined;
  if (!row) return undefined;
  const expiry = expiryOf(row);
  if (now.getTime() >= expiry) {
    db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ?').run(new Date(expiry).toISOString(), tokenHash);
    return undefined;
  }
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.toISOString(), tokenHash);
    return { tokenHash, staffId: row.staff_id, lastSeenAt: now.getTime() };
  }
  return { tokenHash, staffId: row.staff_id, lastSeenAt: lastSeen };
}

export function endSession(db: Database, token: string, at: Date): void {
  db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(
    at.toISOString(),
    sha256(token),
  );
}

/** Ends every session of a staff member, except the one with `keepTokenHash` (the caller's own). */
export function endSessionsOf(db: Database, staffId: string, at: Date, keepTokenHash = ''): void {
  const live = db
    .prepare(
      'SELECT token_hash, created_at, last_seen_at FROM sessions WHERE staff_id = ? AND token_hash != ? AND ended_at IS NULL',
    )
    .all(staffId, keepTokenHash) as SessionRow[];
  endRows(db, live, at);
}

/** Ends sessions at `at`, or at their expiry if that came first: history must not stretch them. */
function endRows(
  db: Database,
  rows: readonly Pick<SessionRow, 'token_hash' | 'created_at' | 'last_seen_at'>[],
  at: Date,
): void {
  const end = db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ?');
  for (const row of rows) end.run(new Date(Math.min(at.getTime(), expiryOf(row))).toISOString(), row.token_hash);
}

/**
 * The sessions of a staff member that were live at some moment in [from, until] (ms), as spans.
 * A session never ended counts until it would have expired, which is as long as a device that
 * lost the network keeps the console open with it.
 */
export function sessionsOverlapping(db: Database, staffId: string, from: number, until: number): SessionSpan[] {
  const rows = db
    .prepare(
      `SELECT token_hash, device_id, created_at, last_seen_at, ended_at FROM sessions
        WHERE staff_id = ? AND created_at <= ? AND (ended_at IS NULL OR ended_at >= ?)`,
    )
    .all(staffId, new Date(until).toISOString(), new Date(from).toISOString()) as SessionRow[];
  return rows
    .map((row) => ({
      tokenHash: row.token_hash,
      deviceId: row.device_id,
      from: Date.parse(row.created_at),
      until: row.ended_at === null ? expiryOf(row) : Date.parse(row.ended_at),
    }))
    .filter((span) => span.until >= from);
}

export function idleExpiry(session: SessionRecord): string {
  return new Date(session.lastSeenAt + SESSION_IDLE_MS).toISOString();
}
