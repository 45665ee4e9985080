/**
 * Push ingest and pull throughput on both engines, side by side in the same run (issue 17):
 * SQLite (the embedded default, baseline) against PostgreSQL, each through the Storage interface
 * the server uses. PostgreSQL is a throwaway local cluster with fsync ON, as SQLite's
 * synchronous=FULL is, so both pay for durable commits; its network hop is the loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { openPostgresStorage } from '../server/storage/postgres/index.js';
import { openSqliteStorage } from '../server/storage/sqlite/index.js';
import type { Pusher, Storage } from '../server/storage/types.js';
import type { StaffAccount } from '../src/core/auth/api.js';
import type { Op } from '../src/core/ops/op.js';
import { createDatabase, startPostgres } from '../tests/support/postgres.js';
import { makeOps } from './support/bench-ops.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dropin-engines-bench-'));
const cluster = await startPostgres({ durable: true });
const engines = {
  sqlite: {
    push: openSqliteStorage(path.join(dir, 'push')).storage,
    pull: openSqliteStorage(path.join(dir, 'pull')).storage,
  },
  postgres: {
    push: (await openPostgresStorage(await createDatabase(cluster.url(), 'bench_push'))).storage,
    pull: (await openPostgresStorage(await createDatabase(cluster.url(), 'bench_pull'))).storage,
  },
};
afterAll(async () => {
  for (const engine of Object.values(engines)) await Promise.all([engine.push.close(), engine.pull.close()]);
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
});

// The ops are stamped from 2026-11-27 19:00 (the op factory's clock): a session covers them.
const sessionStart = new Date(Date.UTC(2026, 10, 27, 18, 59));

async function signedInPusher(storage: Storage): Promise<Pusher> {
  const staff = (await storage.accounts.createStaff(sessionStart, {
    displayName: 'Bench',
    loginName: 'bench',
    role: 'staff',
    secretHash: 'x',
  })) as StaffAccount;
  await storage.accounts.startSession('bench-session', staff.id, null, sessionStart);
  return { staff, device: undefined };
}

async function push(storage: Storage, pusher: Pusher, ops: readonly Op[]): Promise<void> {
  const stored = await storage.ops.push({ ops, pusher, now: new Date() });
  // A bench of refused ops would measure the wrong thing.
  if (stored.accepted !== ops.length) throw new Error(`bench ops were refused: ${JSON.stringify(stored.results[0])}`);
}

const pushers = {
  sqlite: await signedInPusher(engines.sqlite.push),
  postgres: await signedInPusher(engines.postgres.push),
};
const PULL_OPS = 5000;
for (const name of ['sqlite', 'postgres'] as const) {
  const storage = engines[name].pull;
  const pusher = await signedInPusher(storage);
  for (let stored = 0; stored < PULL_OPS; stored += 500)
    await push(storage, pusher, makeOps(pusher.staff?.id ?? '', 500));
}

/** A staff device starting from nothing: every page of 500 until the feed is done. */
async function pullEverything(storage: Storage): Promise<void> {
  let cursor = 0;
  let ops = 0;
  for (;;) {
    const page = await storage.ops.pullPage('staff', cursor, 500);
    ops += page.opBodies.length;
    if (!page.more) break;
    cursor = page.cursor;
  }
  if (ops !== PULL_OPS) throw new Error(`pulled ${ops} ops, expected ${PULL_OPS}`);
}

describe('engines: push ingest, one batch of 200 ops', () => {
  bench(
    'SQLite (baseline)',
    () => push(engines.sqlite.push, pushers.sqlite, makeOps(pushers.sqlite.staff?.id ?? '', 200)),
    {
      time: 3000,
    },
  );
  bench(
    'PostgreSQL',
    () => push(engines.postgres.push, pushers.postgres, makeOps(pushers.postgres.staff?.id ?? '', 200)),
    { time: 3000 },
  );
});

describe(`engines: pull ${PULL_OPS} ops in pages of 500 (a staff device from nothing)`, () => {
  bench('SQLite (baseline)', () => pullEverything(engines.sqlite.pull), { time: 3000 });
  bench('PostgreSQL', () => pullEverything(engines.postgres.pull), { time: 3000 });
});
