/**
 * A device drops what the server dropped (issue 20): when a pulled page brings `retention.applied`,
 * the op log, the views, the outbox and the refusals are rewritten by the core rule in the
 * page's own transaction, so the cursor never moves past the op without the rewrite.
 */
import type { IDBPTransaction } from 'idb';
import type { Op } from '../core/ops/op.js';
import { anonymiseOp, anonymiseView, LINKED_VIEW_KINDS } from '../core/retention/anonymise.js';
import type { DropinSchema, StoredOp } from './db.js';

export type RetentionStore = 'ops' | 'views' | 'outbox' | 'rejected';

/** The latest cut-off among `ops`' retention.applied ops, if any. */
export function retentionCutoffIn(ops: readonly Op[]): string | null {
  let before: string | null = null;
  for (const op of ops) {
    if (op.type === 'retention.applied' && (before === null || op.payload.before > before)) before = op.payload.before;
  }
  return before;
}

export type RetentionTx = IDBPTransaction<DropinSchema, readonly RetentionStore[], 'readwrite'>;

/**
 * Rewrites what this device holds from before `before`; returns how many records changed. `tx`
 * must hold (at least) the four stores.
 */
export async function anonymiseHeld(tx: RetentionTx, before: string): Promise<number> {
  const ops = tx.objectStore('ops');
  const views = tx.objectStore('views');
  const outbox = tx.objectStore('outbox');
  const rejected = tx.objectStore('rejected');
  const [logged, queued, refused, ...linkedViews] = await Promise.all([
    ops.getAll(),
    outbox.getAll(),
    rejected.getAll(),
    ...LINKED_VIEW_KINDS.map((kind) => views.index('byKind').getAll(kind)),
  ]);
  const writes: Promise<unknown>[] = [];
  for (const stored of logged) {
    const anonymised = anonymiseOp(stored, before);
    if (anonymised !== stored) writes.push(ops.put(anonymised as StoredOp));
  }
  // The outbox keeps its keys (seq): the op goes out anonymised, as the server would store it.
  for (const op of queued) {
    const anonymised = anonymiseOp(op, before);
    if (anonymised !== op) writes.push(outbox.put(anonymised));
  }
  for (const record of refused) {
    const anonymised = anonymiseOp(record.op, before);
    if (anonymised !== record.op) writes.push(rejected.put({ ...record, op: anonymised }));
  }
  const viewKeys = await Promise.all(
    linkedViews.map((list, index) => keysOf(tx, LINKED_VIEW_KINDS[index], list.length)),
  );
  for (const [index, list] of linkedViews.entries()) {
    for (const [position, view] of list.entries()) {
      const anonymised = anonymiseView(view, before);
      const key = viewKeys[index]?.[position];
      if (anonymised !== view && key !== undefined) writes.push(views.put(anonymised, key));
    }
  }
  await Promise.all(writes);
  return writes.length;
}

/** The keys of the views of `kind`, in the order `getAll` on the same index returned them. */
function keysOf(tx: RetentionTx, kind: string | undefined, expected: number): Promise<string[]> {
  if (kind === undefined || expected === 0) return Promise.resolve([]);
  return tx.objectStore('views').index('byKind').getAllKeys(kind);
}
