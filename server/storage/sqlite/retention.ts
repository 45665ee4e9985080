/**
 * The retention job's batch in SQLite (issue 20): old links in ops and their views replaced by
 * the core rule, one transaction per batch, every op keeping its cursor.
 */
import type { Database } from 'better-sqlite3';
import type { Op } from '../../../src/core/ops/op.js';
import { anonymiseOp, anonymiseView, LINKED_OP_TYPES, linkedViewKeyOf } from '../../../src/core/retention/anonymise.js';
import type { RetentionBatch } from '../types.js';
import { prepared } from './statements.js';
import { readView } from './views-table.js';

const TYPE_MARKS = LINKED_OP_TYPES.map(() => '?').join(', ');

export function anonymiseBefore(db: Database, before: string, after: number, limit: number): RetentionBatch {
  return db.transaction((): RetentionBatch => {
    const rows = prepared(
      db,
      `SELECT cursor, body FROM ops WHERE type IN (${TYPE_MARKS}) AND cursor > ? ORDER BY cursor LIMIT ?`,
    ).all(...LINKED_OP_TYPES, after, limit) as { cursor: number; body: string }[];
    const rewriteOp = prepared(db, 'UPDATE ops SET body = ? WHERE cursor = ?');
    const touched = new Set<string>();
    let ops = 0;
    for (const row of rows) {
      const op = JSON.parse(row.body) as Op;
      const anonymised = anonymiseOp(op, before);
      if (anonymised === op) continue;
      rewriteOp.run(JSON.stringify(anonymised), row.cursor);
      ops += 1;
      const key = linkedViewKeyOf(op);
      if (key) touched.add(key);
    }
    const rewriteView = prepared(db, 'UPDATE views SET body = ? WHERE key = ?');
    let views = 0;
    for (const key of touched) {
      const view = readView(db, key);
      const anonymised = view && anonymiseView(view, before);
      if (!view || anonymised === view) continue;
      rewriteView.run(JSON.stringify(anonymised), key);
      views += 1;
    }
    return { ops, views, upTo: rows.at(-1)?.cursor ?? after, more: rows.length === limit };
  })();
}
