/**
 * Failed attempts in SQLite (throttle_failures, migration 7), counted by server/auth/throttle.ts.
 * SQLite has one writer, so each function's transaction is all the atomicity it needs.
 */
import type { Database } from 'better-sqlite3';
import type { ThrottleFailure, ThrottleKey, ThrottleLimit } from '../types.js';
import { prepared } from './statements.js';

/** Stores one failure; answers the key's failures inside the window before it (see ThrottleStorage). */
export function recordThrottleFailure(
  db: Database,
  counted: ThrottleKey,
  at: Date,
  from: string,
  limit: ThrottleLimit,
): ThrottleFailure[] {
  const atMs = at.getTime();
  return db.transaction(() => {
    const earlier = recentThrottleFailures(db, counted, at, limit);
    prepared(
      db,
      `INSERT INTO throttle_failures (pool, key, at, from_address, expires_at)
       VALUES (@pool, @key, @at, @from, @expiresAt)`,
    ).run({ ...counted, at: atMs, from, expiresAt: atMs + limit.windowMs });
    // Failures older than the newest maxFailures can never block again.
    prepared(
      db,
      `DELETE FROM throttle_failures
        WHERE pool = @pool AND key = @key
          AND id NOT IN (SELECT id FROM throttle_failures WHERE pool = @pool AND key = @key
                          ORDER BY at DESC, id DESC LIMIT @keep)`,
    ).run({ ...counted, keep: limit.maxFailures });
    // Every key of every pool, not just this one: a key that never fails again is forgotten too.
    prepared(db, 'DELETE FROM throttle_failures WHERE expires_at <= ?').run(atMs);
    return earlier;
  })();
}

export function recentThrottleFailures(
  db: Database,
  counted: ThrottleKey,
  now: Date,
  limit: ThrottleLimit,
): ThrottleFailure[] {
  const newestFirst = prepared(
    db,
    `SELECT at, from_address AS "from" FROM throttle_failures
        WHERE pool = @pool AND key = @key AND at > @since
        ORDER BY at DESC, id DESC LIMIT @limit`,
  ).all({ ...counted, since: now.getTime() - limit.windowMs, limit: limit.maxFailures }) as ThrottleFailure[];
  return newestFirst.reverse();
}

export function clearThrottle(db: Database, counted: ThrottleKey): void {
  prepared(db, 'DELETE FROM throttle_failures WHERE pool = @pool AND key = @key').run(counted);
}
