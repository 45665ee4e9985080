/**
 * Staff sessions: a random token in an HttpOnly cookie, stored as a hash. A session ends after
 * 12 idle hours, after 7 days in any case, at sign-out, or when the account is disabled. These
 * are the rules; the storage (server/storage/) keeps the sessions and their history.
 */
import type { SessionRecord } from '../storage/types.js';

export const SESSION_COOKIE = 'lead_session';
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often, so reads do not turn into writes. */
export const SESSION_TOUCH_EVERY_MS = 60 * 1000;

/** When a session that was never ended stops counting (ms): idle too long, or too old. */
export function sessionExpiry(createdAt: number, lastSeenAt: number): number {
  return Math.min(lastSeenAt + SESSION_IDLE_MS, createdAt + SESSION_MAX_MS);
}

export function idleExpiry(session: SessionRecord): string {
  return new Date(session.lastSeenAt + SESSION_IDLE_MS).toISOString();
}
