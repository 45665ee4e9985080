/** Tells every server process on this database that ops were stored (LISTEN/NOTIFY). */
import { sql } from 'kysely';
import type { PgDb } from './db.js';

export const OPS_CHANNEL = 'dropin_ops';

/** Inside the storing transaction: PostgreSQL delivers it at commit, and never for a rollback. */
export async function notifyNewOps(db: PgDb): Promise<void> {
  await sql`SELECT pg_notify(${OPS_CHANNEL}, '')`.execute(db);
}
