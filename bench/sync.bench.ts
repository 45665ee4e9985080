/**
 * What sync costs on the server and in the fold. Each block has a baseline measured in the same
 * run: pushing a batch of 200 ops in one SQLite transaction (what /api/sync/push does) against
 * one transaction per op; the same batch through the async storage interface (issue 17) against
 * the SQLite code called directly, as before; folding 5,000 ops into views against only
 * validating them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { openDatabase } from '../server/db/database.js';
import { sqliteStorage } from '../server/storage/sqlite/index.js';
import { storeOps as storeOpsDirectly } from '../server/storage/sqlite/op-log.js';
import { foldOps } from '../src/core/fold/apply.js';
import { Op } from '../src/core/ops/op.js';
import { benchStaffCaller } from './support/bench-caller.js';
import { makeOps as makeBenchOps } from './support/bench-ops.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dropin-sync-bench-'));
const { db } = openDatabase(dir);
const storage = sqliteStorage(db);
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});
const { staff, caller } = await benchStaffCaller(storage);

/** A realistic mix: stock movements, requests and their answers, for a handful of items. */
function makeOps(count: number): Op[] {
  return makeBenchOps(staff.id, count);
}

/** Stores a batch through the storage interface, as /api/sync/push does. */
function storeOps(ops: readonly Op[]) {
  return storage.ops.push({ ops, pusher: caller, now: new Date() });
}

// A bench of refused ops would measure the wrong thing.
const probe = await storeOps(makeOps(3));
if (probe.accepted !== 3) throw new Error(`bench ops were refused: ${JSON.stringify(probe.results)}`);

describe('server: store a pushed batch of 200 ops', () => {
  bench(
    'one transaction per op (baseline)',
    async () => {
      for (const op of makeOps(200)) await storeOps([op]);
    },
    { time: 2000 },
  );
  bench(
    'one transaction per batch (what push does)',
    async () => {
      await storeOps(makeOps(200));
    },
    { time: 2000 },
  );
});

describe('server: push ingest, 200 ops, before and after the storage interface (issue 17)', () => {
  bench(
    'the SQLite code called directly, synchronously (baseline: before issue 17)',
    () => {
      storeOpsDirectly(db, { ops: makeOps(200), pusher: caller, now: new Date() });
    },
    { time: 2000 },
  );
  bench(
    'through the async Storage interface (after)',
    async () => {
      await storeOps(makeOps(200));
    },
    { time: 2000 },
  );
});

describe('core: 5,000 ops', () => {
  const ops = makeOps(5000);
  const raw = JSON.parse(JSON.stringify(ops)) as unknown[];
  bench(
    'validate only, Op.safeParse (baseline)',
    () => {
      for (const op of raw) Op.safeParse(op);
    },
    { time: 1000 },
  );
  bench(
    'fold into views, foldOps',
    () => {
      foldOps(ops);
    },
    { time: 1000 },
  );
});
