/**
 * The checks after faults stop and every device has synced: every op exactly once on the server
 * (its feed and its SQLite file), the same folded state on every laptop as the server serves, the
 * kiosks' stock as the server's, and stock equal to the ledger the test computes itself.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../server/db/database.js';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import type { View } from '../../../src/core/fold/views.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { PullResponse, SnapshotResponse } from '../../../src/core/sync/api.js';
import type { Fleet } from './fleet.js';
import { expectedStock } from './ledger.js';
import { type DeviceWatch, Violation } from './watch.js';

export interface FinalFigures {
  readonly opsOnServer: number;
  readonly losses: number;
  readonly duplicates: number;
}

export async function finalChecks(fleet: Fleet, watches: ReadonlyMap<string, DeviceWatch>): Promise<FinalFigures> {
  const feed = await wholeFeed(fleet);
  const stored = new Map(feed.map((op) => [op.id, op]));
  const duplicates = feed.length - stored.size;
  if (duplicates > 0) throw new Violation(`the server's feed holds ${duplicates} ops twice`);
  checkDatabaseFile(fleet, feed.length);

  let losses = 0;
  const allMade: Op[] = [];
  const fleetIds = new Set<string>();
  for (const device of fleet.devices) {
    const watch = watches.get(device.plan.label) as DeviceWatch;
    allMade.push(...watch.made);
    fleetIds.add(device.deviceId);
    const onServer = feed.filter((op) => op.deviceId === device.deviceId);
    const missing = watch.made.filter((op) => !stored.has(op.id));
    losses += missing.length;
    if (missing.length > 0) {
      throw new Violation(
        `${device.plan.label}: ${missing.length} of its ${watch.made.length} ops never reached the server (first ${missing[0]?.id})`,
      );
    }
    const seqs = onServer.map((op) => op.seq).sort((a, b) => a - b);
    if (seqs.length !== watch.made.length || seqs.some((seq, index) => seq !== index + 1)) {
      throw new Violation(
        `${device.plan.label}: the server holds ${seqs.length} of its ops, seqs not 1..${watch.made.length}`,
      );
    }
    const outbox = await device.store.outboxCount();
    if (outbox > 0) throw new Violation(`${device.plan.label}: ${outbox} ops still wait in its outbox`);
    const rejected = await device.store.rejectedOps();
    if (rejected.length > 0) {
      const first = rejected[0];
      throw new Violation(`${device.plan.label}: ${rejected.length} ops refused (${first?.reason}: ${first?.message})`);
    }
  }
  const strangers = feed.filter((op) => !fleetIds.has(op.deviceId) && !op.deviceId.startsWith('srv_'));
  if (strangers.length > 0) throw new Violation(`the server holds ${strangers.length} ops no device made`);

  const snapshot = await fleet.admin().get<SnapshotResponse>('/api/sync/snapshot');
  const serverViews = new Map(snapshot.body.views.map((record) => [record.key, record.view as unknown as View]));
  const ledger = withoutZeros(expectedStock(allMade, stored));
  compareStock('the server', withoutZeros(stockLevels(serverViews)), ledger);
  for (const device of fleet.devices) {
    const views = await device.store.allViews();
    compareStock(device.plan.label, withoutZeros(stockLevels(views)), ledger);
    if (device.plan.role === 'staff') {
      compareViews(device.plan.label, views, serverViews, () => true);
    } else {
      // A kiosk holds the catalog, settings and stock as the server has them; never people's records.
      compareViews(device.plan.label, views, serverViews, (view) => ['item', 'stock', 'settings'].includes(view.kind));
    }
  }
  return { opsOnServer: feed.length, losses, duplicates };
}

/** Every op the server holds, pulled as the admin, directly (no proxy). */
async function wholeFeed(fleet: Fleet): Promise<Op[]> {
  const ops: Op[] = [];
  let cursor = 0;
  for (;;) {
    const page = await fleet.admin().get<PullResponse>(`/api/sync/pull?after=${cursor}&limit=1000`);
    if (page.status !== 200) throw new Error(`pulling the feed: HTTP ${page.status}`);
    ops.push(...page.body.ops);
    cursor = page.body.cursor;
    if (!page.body.more) return ops;
  }
}

/** The SQLite file itself, read-only: as many rows as the feed served, each id once. */
function checkDatabaseFile(fleet: Fleet, feedLength: number): void {
  const db = new Database(path.join(fleet.dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const { rows, ids } = db.prepare('SELECT count(*) AS rows, count(DISTINCT id) AS ids FROM ops').get() as {
      rows: number;
      ids: number;
    };
    if (rows !== ids) throw new Violation(`the database file holds ${rows - ids} op ids twice`);
    if (rows !== feedLength) throw new Violation(`the database file holds ${rows} ops, the feed served ${feedLength}`);
  } finally {
    db.close();
  }
}

function withoutZeros(levels: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...levels].filter(([, onHand]) => onHand !== 0).sort(([a], [b]) => a.localeCompare(b)));
}

function compareStock(who: string, actual: Record<string, number>, ledger: Record<string, number>): void {
  if (isDeepStrictEqual(actual, ledger)) return;
  throw new Violation(`${who}: stock ${JSON.stringify(actual)} is not the ledger's ${JSON.stringify(ledger)}`);
}

/** The device's views of the kinds `keep` picks are exactly the server's, key by key. */
function compareViews(
  who: string,
  device: ReadonlyMap<string, View>,
  server: ReadonlyMap<string, View>,
  keep: (view: View) => boolean,
): void {
  const keys = new Set<string>();
  for (const [key, view] of [...device, ...server]) if (keep(view)) keys.add(key);
  const differing = [...keys].filter((key) => !isDeepStrictEqual(device.get(key), server.get(key)));
  if (differing.length === 0) return;
  const key = differing[0] as string;
  throw new Violation(
    `${who}: ${differing.length} views differ from the server's, first ${key}:\n device ${JSON.stringify(
      device.get(key),
    )}\n server ${JSON.stringify(server.get(key))}`,
  );
}
