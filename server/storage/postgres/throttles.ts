/**
 * Failed attempts in PostgreSQL (throttle_failures, schema version 7), counted by
 * server/auth/throttle.ts. Several server processes count the same keys, so each recordFailure is
 * one transaction that first takes a lock on its (pool, key): two processes counting one key
 * serialise, and each sees the other's failure.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { ThrottleFailure, ThrottleKey, ThrottleLimit, ThrottleStorage } from '../types.js';
import type { PostgresTables } from './tables.js';

/**
 * Expired rows one failure deletes at most: a transaction stays short after a burst, and what is
 * left goes with the next failures (each adds one row and takes up to this many).
 */
const PRUNE_BATCH = 500;

export function postgresThrottles(db: Kysely<PostgresTables>): ThrottleStorage {
  return {
    recordFailure: (counted, at, from, limit) =>
      db.transaction().execute(async (trx) => {
        await lockKey(trx, counted);
        const earlier = await recentFailures(trx, counted, at.getTime(), limit);
        await trx
          .insertInto('throttle_failures')
          .values({
            pool: counted.pool,
            key: counted.key,
            at: at.getTime(),
            from_address: from,
            expires_at: at.getTime() + limit.windowMs,
          })
          .execute();
        await keepNewest(trx, counted, limit.maxFailures);
        // Last, and never waiting: see pruneExpired.
        await pruneExpired(trx, at.getTime());
        return earlier;
      }),
    recentFailures: (counted, now, limit) => recentFailures(db, counted, now.getTime(), limit),
    clear: (counted) =>
      db.transaction().execute(async (trx) => {
        // Under the key's lock like recordFailure, so the two never wait on each other's rows.
        await lockKey(trx, counted);
        await trx
          .deleteFrom('throttle_failures')
          .where('pool', '=', counted.pool)
          .where('key', '=', counted.key)
          .execute();
      }),
  };
}

/**
 * A transaction-scoped advisory lock on (pool, key). The two-int form: its key space is apart from
 * the single-bigint locks (the schema lock, the op-append lock), so a hash collision with one of
 * those cannot make a failed sign-in wait for a push. Two keys that collide only wait for each other.
 */
async function lockKey(trx: Transaction<PostgresTables>, counted: ThrottleKey): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${counted.pool}), hashtext(${counted.key}))`.execute(trx);
}

async function recentFailures(
  db: Kysely<PostgresTables>,
  counted: ThrottleKey,
  nowMs: number,
  limit: ThrottleLimit,
): Promise<ThrottleFailure[]> {
  const newestFirst = await db
    .selectFrom('throttle_failures')
    .select(['at', 'from_address as from'])
    .where('pool', '=', counted.pool)
    .where('key', '=', counted.key)
    .where('at', '>', nowMs - limit.windowMs)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit.maxFailures)
    .execute();
  return newestFirst.reverse();
}

/** Failures older than the key's newest `keep` can never block again. */
async function keepNewest(trx: Transaction<PostgresTables>, counted: ThrottleKey, keep: number): Promise<void> {
  await trx
    .deleteFrom('throttle_failures')
    .where('pool', '=', counted.pool)
    .where('key', '=', counted.key)
    .where('id', 'not in', (eb) =>
      eb
        .selectFrom('throttle_failures')
        .select('id')
        .where('pool', '=', counted.pool)
        .where('key', '=', counted.key)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(keep),
    )
    .execute();
}

/**
 * Deletes the failures that have left their window, of every pool and key. SKIP LOCKED: rows another
 * process is deleting are left to it, so this never waits; and because it runs last, a process
 * whose keepNewest waits on rows locked here only waits for a transaction about to commit (no
 * deadlock between two processes pruning while each holds its own key).
 */
async function pruneExpired(trx: Transaction<PostgresTables>, nowMs: number): Promise<void> {
  await trx
    .deleteFrom('throttle_failures')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('throttle_failures')
        .select('id')
        .where('expires_at', '<=', nowMs)
        .limit(PRUNE_BATCH)
        .forUpdate()
        .skipLocked(),
    )
    .execute();
}
