/**
 * The retention job's batch in PostgreSQL (issue 20): the same rewrite as SQLite's, in one
 * transaction holding the op log's lock, so no push reads a body halfway through it.
 */
import type { Kysely } from 'kysely';
import type { Op } from '../../../src/core/ops/op.js';
import { anonymiseOp, anonymiseView, LINKED_OP_TYPES, linkedViewKeyOf } from '../../../src/core/retention/anonymise.js';
import type { RetentionBatch } from '../types.js';
import { inOpLogTransaction } from './op-log.js';
import type { PostgresTables } from './tables.js';
import { readView } from './views-table.js';

export function anonymiseBefore(
  db: Kysely<PostgresTables>,
  before: string,
  after: number,
  limit: number,
): Promise<RetentionBatch> {
  return inOpLogTransaction(db, async (trx): Promise<RetentionBatch> => {
    const rows = await trx
      .selectFrom('ops')
      .select(['cursor', 'body'])
      .where('type', 'in', [...LINKED_OP_TYPES])
      .where('cursor', '>', after)
      .orderBy('cursor')
      .limit(limit)
      .execute();
    const touched = new Set<string>();
    let ops = 0;
    for (const row of rows) {
      const op = JSON.parse(row.body) as Op;
      const anonymised = anonymiseOp(op, before);
      if (anonymised === op) continue;
      await trx
        .updateTable('ops')
        .set({ body: JSON.stringify(anonymised) })
        .where('cursor', '=', row.cursor)
        .execute();
      ops += 1;
      const key = linkedViewKeyOf(op);
      if (key) touched.add(key);
    }
    let views = 0;
    for (const key of touched) {
      const view = await readView(trx, key);
      const anonymised = view && anonymiseView(view, before);
      if (!view || anonymised === view) continue;
      await trx
        .updateTable('views')
        .set({ body: JSON.stringify(anonymised) })
        .where('key', '=', key)
        .execute();
      views += 1;
    }
    return { ops, views, upTo: Number(rows.at(-1)?.cursor ?? after), more: rows.length === limit };
  });
}
