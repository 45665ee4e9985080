/**
 * A pulled page stored in one transaction: ops not yet in the log, folded in memory, the clock
 * moved past their stamps, kiosk view records and directory entries, and the cursor set last.
 */

import type { View } from '../core/fold/views.js';
import { receiveStamp } from '../core/ops/clock.js';
import type { Op } from '../core/ops/op.js';
import type { PullResponse, ViewRecord } from '../core/sync/api.js';
import type { DropinDb } from './db.js';
import { putDirectoryEntries } from './directory-store.js';
import type { SyncCursor } from './op-store.js';
import { applyAllToViews, readAuthors, readClock, readClockOffset, runWrite } from './op-write.js';
import { anonymiseHeld, type RetentionTx, retentionCutoffIn } from './retention-apply.js';

type PageStore = 'ops' | 'views' | 'meta' | 'directorySegments' | 'outbox' | 'rejected';

/**
 * One page of a pull: ops to apply, plus (kiosks only) view records and directory entries; `more`
 * when further pages wait (absent: the last page, after which the directory is brought to rest).
 */
export type PulledPage = Pick<PullResponse, 'serverId' | 'cursor' | 'ops' | 'views' | 'directory'> &
  Partial<Pick<PullResponse, 'more'>>;

// The server builds view records with the same core fold; the protocol checks only their `kind`.
export function viewOf(record: ViewRecord): View {
  return record.view as unknown as View;
}

/** Stores `page`; returns how many of its ops were new. */
export function applyPulledPage(db: DropinDb, page: PulledPage, now: () => number): Promise<number> {
  return storePage(db, page, 'own', now).catch((error: unknown) => {
    // An op the log holds came back that was not this device's own (pulls after the server
    // was restored from a backup, or a page stored twice): the log's unique key refused it and
    // nothing was kept. The page again, every op asked about.
    if (!isConstraintError(error)) throw error;
    return storePage(db, page, 'all', now);
  });
}

function isConstraintError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'ConstraintError';
}

/**
 * A pulled page in one transaction (see `applyPulledPage`). Which ops the log holds already is asked
 * of the log, all at once, for this device's own ops only ('own': no other op can be there,
 * since pulls move forward, and should one be, the log's unique key refuses it) or for all.
 * A page may hold the same id twice.
 */
function storePage(db: DropinDb, page: PulledPage, ask: 'own' | 'all', now: () => number): Promise<number> {
  // issue 20: a page that says old links are gone rewrites the outbox and refusals too.
  const retentionBefore = retentionCutoffIn(page.ops);
  const stores: readonly PageStore[] = [
    'ops',
    'views',
    'meta',
    'directorySegments',
    ...(retentionBefore === null ? [] : (['outbox', 'rejected'] as const)),
  ];
  return runWrite(db, stores, async (tx) => {
    const ops = tx.objectStore('ops');
    const views = tx.objectStore('views');
    const meta = tx.objectStore('meta');
    const [storedClock, storedAuthors, storedSeq, storedOffset] = await Promise.all([
      meta.get('clock'),
      meta.get('authors'),
      meta.get('opSeq'),
      meta.get('clockOffset'),
    ]);
    const authors = ask === 'own' ? readAuthors(storedAuthors, storedSeq) : null;
    const mayBeHeld = (op: Op) => authors === null || authors.includes(op.deviceId);
    // 'all' reads the held ops whole: one kept from a replaced server is not in the views (see
    // StoredOp), so it counts as new. 'own' needs keys only: only others' ops carry that mark.
    const known = await Promise.all(
      page.ops.map((op) => (!mayBeHeld(op) ? undefined : ask === 'all' ? ops.get(op.id) : ops.getKey(op.id))),
    );
    const seen = new Set<string>();
    const refolded = new Set<string>();
    const fresh = page.ops.filter((op, index) => {
      const held = known[index];
      if (seen.has(op.id)) return false;
      if (typeof held === 'object' && held.fromReplacedServer) refolded.add(op.id);
      else if (held !== undefined) return false;
      seen.add(op.id);
      return true;
    });
    // Folded in memory, in page order, each view written once.
    const viewKeys = await applyAllToViews(views, fresh);
    let clock = readClock(storedClock);
    const offset = readClockOffset(storedOffset);
    for (const op of fresh) clock = receiveStamp(clock, op.at, now() + offset);
    // Requests run in the order they are made: the server's view records replace the fold's.
    await Promise.all([
      ...fresh.map((op, index) => {
        const stored = { ...op, viewKeys: viewKeys[index] ?? [] };
        return refolded.has(op.id) ? ops.put(stored) : ops.add(stored);
      }),
      ...page.views.map((record) => views.put(viewOf(record), record.key)),
      putDirectoryEntries(tx, page.directory),
      meta.put(clock, 'clock'),
      meta.put({ serverId: page.serverId, cursor: page.cursor } satisfies SyncCursor, 'syncCursor'),
    ]);
    // After the page's own ops, which the server sent already anonymised, are in the log.
    // The transaction holds the four stores it reads (`stores` above); idb types it by the whole list.
    if (retentionBefore !== null) await anonymiseHeld(tx as unknown as RetentionTx, retentionBefore);
    return fresh.length;
  });
}
