/**
 * Staff sessions in PostgreSQL, stored by token hash. Ended sessions are kept (with when they
 * ended): they are the history that says who could have made an op on a device at a given time.
 * The rules (idle and maximum age, how often to touch) are server/auth/sessions.ts's.
 */
import { SESSION_TOUCH_EVERY_MS, sessionExpiry } from '../../auth/sessions.js';
import type { SessionRecord, SessionSpan } from '../types.js';
import { inTransaction, type PgDb } from './db.js';
import { unavailableReason } from './errors.js';

interface LiveRow {
  token_hash: string;
  created_at: string;
  last_seen_at: string;
}

function expiryOf(row: Pick<LiveRow, 'created_at' | 'last_seen_at'>): number {
  return sessionExpiry(Date.parse(row.created_at), Date.parse(row.last_seen_at));
}

/** On a paired device a sign-in ends whatever session that device had: the person before can no longer act on it. */
export function startSession(
  db: PgDb,
  tokenHash: string,
  staffId: string,
  deviceId: string | null,
  at: Date,
): Promise<void> {
  const iso = at.toISOString();
  return inTransaction(db, async (trx) => {
    if (deviceId !== null) {
      // Locking the device row makes two sign-ins on one device (through two processes) take
      // turns, so the second ends the first instead of both staying live.
      await trx.selectFrom('devices').select('id').where('id', '=', deviceId).forUpdate().execute();
      const live = await trx
        .selectFrom('sessions')
        .select(['token_hash', 'created_at', 'last_seen_at'])
        .where('device_id', '=', deviceId)
        .where('ended_at', 'is', null)
        .execute();
      await endRows(trx, live, at);
    }
    await trx
      .insertInto('sessions')
      .values({ token_hash: tokenHash, staff_id: staffId, device_id: deviceId, created_at: iso, last_seen_at: iso })
      .execute();
  });
}

/**
 * Awaits a write that only keeps a session's times; undefined when the database cannot write
 * (disk full, read-only). A signed-in person's reads must go on meanwhile (writes answer 503).
 */
async function whenWritable<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (unavailableReason(error) === undefined) throw error;
    return undefined;
  }
}

export async function resumeSession(db: PgDb, tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['staff_id', 'created_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const expiry = expiryOf(row);
  if (now.getTime() >= expiry) {
    await whenWritable(
      db
        .updateTable('sessions')
        .set({ ended_at: new Date(expiry).toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('ended_at', 'is', null)
        .execute(),
    );
    return undefined;
  }
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() - lastSeen >= SESSION_TOUCH_EVERY_MS) {
    // Only a live session is touched: another process may have ended it since the read.
    const touched = await whenWritable(
      db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('ended_at', 'is', null)
        .executeTakeFirst(),
    );
    if (touched?.numUpdatedRows === 0n) return undefined;
    if (touched) return { tokenHash, staffId: row.staff_id, lastSeenAt: now.getTime() };
  }
  return { tokenHash, staffId: row.staff_id, lastSeenAt: lastSeen };
}

export async function endSession(db: PgDb, tokenHash: string, at: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: at.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every session of a staff member, except the one with `keepTokenHash`. The caller holds the transaction. */
export async function endSessionsOf(db: PgDb, staffId: string, at: Date, keepTokenHash = ''): Promise<void> {
  const live = await db
    .selectFrom('sessions')
    .select(['token_hash', 'created_at', 'last_seen_at'])
    .where('staff_id', '=', staffId)
    .where('token_hash', '!=', keepTokenHash)
    .where('ended_at', 'is', null)
    .forUpdate()
    .execute();
  await endRows(db, live, at);
}

/** Ends sessions at `at`, or at their expiry if that came first: history must not stretch them. */
async function endRows(db: PgDb, rows: readonly LiveRow[], at: Date): Promise<void> {
  for (const row of rows) {
    await db
      .updateTable('sessions')
      .set({ ended_at: new Date(Math.min(at.getTime(), expiryOf(row))).toISOString() })
      .where('token_hash', '=', row.token_hash)
      .execute();
  }
}

/**
 * The sessions of a staff member that were live at some moment in [from, until] (ms), as spans.
 * A session never ended counts until it would have expired.
 */
export async function sessionsOverlapping(
  db: PgDb,
  staffId: string,
  from: number,
  until: number,
): Promise<SessionSpan[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['token_hash', 'device_id', 'created_at', 'last_seen_at', 'ended_at'])
    .where('staff_id', '=', staffId)
    .where('created_at', '<=', new Date(until).toISOString())
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', new Date(from).toISOString())]))
    .execute();
  return rows
    .map((row) => ({
      tokenHash: row.token_hash,
      deviceId: row.device_id,
      from: Date.parse(row.created_at),
      until: row.ended_at === null ? expiryOf(row) : Date.parse(row.ended_at),
    }))
    .filter((span) => span.until >= from);
}
