/**
 * Storage for reports: the ops the report figures are computed from. SQL lives here, never in
 * a route; the figures themselves are the core's (src/core/reports/).
 */
import type { Database } from 'better-sqlite3';
import type { Op } from '../../src/core/ops/op.js';

// Profile views and ticket calls never change a figure; leaving them out keeps the load small.
const NOT_REPORTED = ['participant.viewed', 'ticket.called', 'ticket.notAnswered'];

/** Every op a report may read, in the order they were stored. */
export function loadReportOps(db: Database): Op[] {
  const marks = NOT_REPORTED.map(() => '?').join(', ');
  const bodies = db
    .prepare(`SELECT body FROM ops WHERE type NOT IN (${marks}) ORDER BY cursor`)
    .pluck()
    .all(...NOT_REPORTED) as string[];
  return bodies.map((body) => JSON.parse(body) as Op);
}
