/**
 * Reads for reports and exports in SQLite: the ops the report figures are computed from, and the
 * views and staff names the HMIS export is built from. The figures themselves are the core's.
 */
import type { Database } from 'better-sqlite3';
import type { Op } from '../../../src/core/ops/op.js';
import { type HmisSource, hmisSourceOf } from '../../exports/hmis-source.js';
import { NOT_REPORTED_OP_TYPES } from '../../reports/reported-ops.js';
import { listStaff } from './staff.js';
import { prepared } from './statements.js';
import { listViews } from './views-table.js';

/** Every op a report may read, in the order they were stored. */
export function loadReportOps(db: Database): Op[] {
  const marks = NOT_REPORTED_OP_TYPES.map(() => '?').join(', ');
  const bodies = prepared(db, `SELECT body FROM ops WHERE type NOT IN (${marks}) ORDER BY cursor`)
    .pluck()
    .all(...NOT_REPORTED_OP_TYPES) as string[];
  return bodies.map((body) => JSON.parse(body) as Op);
}

/** Read in one transaction, so the staff named match the views. */
export function loadHmisSource(db: Database): HmisSource {
  return db.transaction(() =>
    hmisSourceOf(
      listViews(db, ['participant', 'item', 'request']).map((stored) => stored.view),
      listStaff(db),
    ),
  )();
}
