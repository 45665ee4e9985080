/**
 * The handle every PostgreSQL storage module takes: the pool's Kysely instance or a transaction
 * on it, so one function serves on its own and inside a caller's transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { PostgresTables } from './tables.js';

export type PgDb = Kysely<PostgresTables> | Transaction<PostgresTables>;

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (PostgreSQL has no nested
 * transactions, and a module's write must join the caller's), else a new one.
 */
export function inTransaction<T>(db: PgDb, work: (trx: Transaction<PostgresTables>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<PostgresTables>);
  return db.transaction().execute(work);
}
