/**
 * Reads for reports and exports in PostgreSQL: the ops the report figures are computed from, and
 * the views and staff names the HMIS export is built from. The figures themselves are the core's.
 */
import type { Kysely } from 'kysely';
import type { Op } from '../../../src/core/ops/op.js';
import { type HmisSource, hmisSourceOf } from '../../exports/hmis-source.js';
import { NOT_REPORTED_OP_TYPES } from '../../reports/reported-ops.js';
import type { PgDb } from './db.js';
import { listStaff } from './staff.js';
import type { PostgresTables } from './tables.js';
import { listViews } from './views-table.js';

/** Every op a report may read, in the order they were stored. */
export async function loadReportOps(db: PgDb): Promise<Op[]> {
  const rows = await db
    .selectFrom('ops')
    .select('body')
    .where('type', 'not in', [...NOT_REPORTED_OP_TYPES])
    .orderBy('cursor')
    .execute();
  return rows.map((row) => JSON.parse(row.body) as Op);
}

/** Read in one snapshot, so the staff named match the views. */
export function loadHmisSource(db: Kysely<PostgresTables>): Promise<HmisSource> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) =>
      hmisSourceOf(
        (await listViews(trx, ['participant', 'item', 'request'])).map((stored) => stored.view),
        await listStaff(trx),
      ),
    );
}
