/**
 * The server's database was replaced (restored from a backup): it may lack ops this device sent it
 * since. They go back in the outbox, other devices' ops are marked, and the cursor goes, in one
 * transaction.
 */
import type { Op } from '../core/ops/op.js';
import type { DropinDb, StoredOp } from './db.js';
import { parseStoredIdentity } from './device-identity-read.js';
import { readAuthors, runWrite } from './op-write.js';

/**
 * Every op of this device's own that its log holds and the outbox does not (refused ones aside:
 * the server would refuse them again) goes back in the outbox, and the cursor is forgotten. The
 * op ids make sending them again exact: the server answers `duplicate` for those it has. Returns
 * how many were put back.
 */
export function requeueOwnOps(db: DropinDb): Promise<number> {
  return runWrite(db, ['ops', 'outbox', 'rejected', 'meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    const outbox = tx.objectStore('outbox');
    const [logged, queued, refusedIds, storedAuthors, storedSeq, identity, localId] = await Promise.all([
      tx.objectStore('ops').getAll(),
      outbox.getAll(),
      tx.objectStore('rejected').getAllKeys(),
      meta.get('authors'),
      meta.get('opSeq'),
      meta.get('deviceIdentity'),
      meta.get('localDeviceId'),
    ]);
    // A database that wrote ops before it kept `authors`: its own ops are those of its ids.
    const own = new Set(
      readAuthors(storedAuthors, storedSeq) ?? [parseStoredIdentity(identity)?.id, localId].filter(isString),
    );
    const waiting = new Set<string>([...queued.map((op) => op.id), ...refusedIds]);
    // The outbox is keyed by seq: one op per seq, should two ops in the log ever share one.
    const seqs = new Set(queued.map((op) => op.seq));
    const resend = logged.filter((op) => {
      if (!own.has(op.deviceId) || waiting.has(op.id) || seqs.has(op.seq)) return false;
      seqs.add(op.seq);
      return true;
    });
    // Other devices' ops stay in the log (history, reports offline), marked: the snapshot that
    // follows replaces the views, and those the new server sends later must be folded again.
    const theirs = logged.filter((op) => !own.has(op.deviceId) && !op.fromReplacedServer);
    await Promise.all([
      ...resend.map((op) => outbox.add(opOf(op))),
      ...theirs.map((op) => tx.objectStore('ops').put({ ...op, fromReplacedServer: true })),
      meta.delete('syncCursor'),
    ]);
    return resend.length;
  });
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function opOf(stored: StoredOp): Op {
  const { viewKeys: _viewKeys, fromReplacedServer: _replaced, ...op } = stored;
  return op as Op;
}
