/**
 * A lobby display forgetting earlier days' calls (core/floor/display-retention.ts), in one
 * transaction. A display sends nothing, so there is no outbox to keep.
 */
import { centerDay } from '../core/day.js';
import { planDisplayPurge } from '../core/floor/display-retention.js';
import type { CallView } from '../core/fold/views.js';
import type { DropinDb } from './db.js';
import { runWrite } from './op-write.js';

/** Deletes the calls of center days before the one at `now` (ms). */
export function purgeDisplayHistory(db: DropinDb, now: number): Promise<void> {
  return runWrite(db, ['ops', 'views'], async (tx) => {
    const views = tx.objectStore('views');
    const [ops, calls] = await Promise.all([
      tx.objectStore('ops').getAll(),
      views.index('byKind').getAll('call') as Promise<CallView[]>,
    ]);
    const plan = planDisplayPurge({ today: centerDay(new Date(now)), calls, ops });
    await Promise.all([
      ...plan.deleteOps.map((id) => tx.objectStore('ops').delete(id)),
      ...plan.deleteViews.map((key) => views.delete(key)),
    ]);
  });
}
