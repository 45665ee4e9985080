/**
 * A snapshot replaces this device's views with the server's, then folds on top what the snapshot
 * cannot hold: ops still in the outbox, and this device's own ops whose views the server does not
 * send it (a kiosk's own visits and requests, which it keeps for the day's rules).
 */
import { foldOps } from '../core/fold/apply.js';
import type { Op } from '../core/ops/op.js';
import type { SnapshotResponse } from '../core/sync/api.js';
import type { DropinDb, StoredOp } from './db.js';
import { replaceDirectory } from './directory-store.js';
import type { SyncCursor } from './op-store.js';
import { readAuthors, runWrite } from './op-write.js';
import { viewOf } from './pulled-page.js';

export function applySnapshot(db: DropinDb, snapshot: SnapshotResponse): Promise<void> {
  return runWrite(db, ['views', 'directorySegments', 'outbox', 'meta', 'ops', 'rejected'], async (tx) => {
    const views = tx.objectStore('views');
    const meta = tx.objectStore('meta');
    const [waiting, logged, refused, storedAuthors, storedSeq] = await Promise.all([
      tx.objectStore('outbox').getAll(),
      tx.objectStore('ops').getAll(),
      tx.objectStore('rejected').getAllKeys(),
      meta.get('authors'),
      meta.get('opSeq'),
      views.clear(),
    ]);
    const base = new Map(snapshot.views.map((record) => [record.key, viewOf(record)]));
    const ownOnly = ownOpsOutsideSnapshot(logged, base, {
      queued: new Set(waiting.map((op) => op.id)),
      refused: new Set(refused),
      authors: readAuthors(storedAuthors, storedSeq) ?? [],
    });
    // Each view written once; the folds give the same views in any order.
    const replay = [...ownOnly, ...waiting];
    const folded = replay.length > 0 ? foldOps(replay, base) : base;
    const cursor: SyncCursor = { serverId: snapshot.serverId, cursor: snapshot.cursor };
    await Promise.all([
      ...[...folded].map(([key, view]) => views.put(view, key)),
      replaceDirectory(tx, snapshot.directory),
      meta.put(cursor, 'syncCursor'),
    ]);
  });
}

/**
 * This device's own ops, on the server already, none of whose views the snapshot holds: only the
 * device itself folds those views, so folding them again loses nothing and counts nothing twice.
 */
function ownOpsOutsideSnapshot(
  logged: readonly StoredOp[],
  snapshotViews: ReadonlyMap<string, unknown>,
  held: {
    readonly queued: ReadonlySet<string>;
    readonly refused: ReadonlySet<string>;
    readonly authors: readonly string[];
  },
): Op[] {
  return logged.flatMap(({ viewKeys, ...op }) =>
    held.authors.includes(op.deviceId) &&
    !held.queued.has(op.id) &&
    !held.refused.has(op.id) &&
    viewKeys.length > 0 &&
    viewKeys.every((key) => !snapshotViews.has(key))
      ? [op as Op]
      : [],
  );
}
