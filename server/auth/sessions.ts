/**
 * Staff sessions: a random token in an HttpOnly cookie, stored as a hash. A session ends after
 * 12 idle hours, after 7 days in any case, at sign-out, or when the account is disabled.
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

export function createSession(db: Database, staffId: string, deviceId: string | null, at: Date): string {
  const token = newToken();
  db.prepare(
    'INSERT INTO sessions (token_hash, staff_id, device_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  ).run(sha256(token), staffId, deviceId, at.toISOString(), at.toISOString());
  return token;
}

/** The live session for a cookie token (touching it), or undefined if unknown or expired. */
export function resumeSession(db: Database, token: string, now: Date): SessionRecord | undefined {
  const tokenHash = sha256(token);
  const row = db
    .prepare('SELECT staff_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?')
    .get(tokenHash) as { staff_id: string; created_at: string; last_seen_at: string } | undefined;
  if (!row) return undefined;
  const lastSeen = Date.parse(row.last_seen_at);
  const expired =
    now.getTime() - lastSeen >= SESSION_IDLE_MS || now.getTime() - Date.parse(row.created_at) >= SESSION_MAX_MS;
  if (expired) {
    endSession(db, token);
    return undefined;
  }
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.toISOString(), tokenHash);
    return { tokenHash, staffId: row.staff_id, lastSeenAt: now.getTime() };
  }
  return { tokenHash, staffId: row.staff_id, lastSeenAt: lastSeen };
}

export function endSession(db: Database, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(sha256(token));
}

export function endSessionsOf(db: Database, staffId: string): void {
  db.prepare('DELETE FROM sessions WHERE staff_id = ?').run(staffId);
}

export function idleExpiry(session: SessionRecord): string {
  return new Date(session.lastSeenAt + SESSION_IDLE_MS).toISOString();
}
