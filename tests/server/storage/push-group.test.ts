/**
 * SQLite stores pushes that arrive together in one transaction (issue 19: one durable commit per
 * push was a push's whole cost under load), and answers each exactly as if it had come alone.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../server/auth/caller.js';
import { DATABASE_FILE } from '../../../server/db/database.js';
import { openSqliteStorage } from '../../../server/storage/sqlite/index.js';
import type { PushInput, Storage } from '../../../server/storage/types.js';
import { readFeedPage } from '../../../server/sync/feed.js';
import type { StaffAccount } from '../../../src/core/auth/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { makeTempDir } from '../support/test-server.js';
import { makeStaff, T0 } from './contract/harness.js';

let temp: ReturnType<typeof makeTempDir>;
let storage: Storage;
let staff: StaffAccount;
let pusher: Caller;

beforeEach(async () => {
  temp = makeTempDir('dropin-push-group-');
  storage = openSqliteStorage(temp.dir).storage;
  staff = await makeStaff(storage, 'sam');
  await storage.accounts.startSession(testId('session'), staff.id, null, T0);
  pusher = { staff, device: undefined, roles: new Set(['staff']) } as unknown as Caller;
});
afterEach(async () => {
  await storage.close();
  temp.remove();
});

function stock(device = opBuilder(testId('laptop'), '', T0.getTime() + 60_000)) {
  return device.op(
    { type: 'stock.received', payload: { itemId: 'item_one_x', quantity: 1, kind: 'donation' } },
    {
      actor: staff.id,
    },
  );
}

function input(ops: unknown[]): PushInput {
  return { ops, pusher, now: new Date(T0.getTime() + 120_000) };
}

describe('pushes arriving together', () => {
  it('are stored in one commit, in order, each answered as if alone', async () => {
    const watcher = new BetterSqlite3(path.join(temp.dir, DATABASE_FILE), { readonly: true });
    const version = () => watcher.pragma('data_version', { simple: true }) as number;
    try {
      const before = version();
      const first = stock();
      const second = stock();
      const answers = await Promise.all([
        storage.ops.push(input([first])),
        storage.ops.push(input([first, second])),
        storage.ops.push(input([{ ...second, payload: { ...second.payload, quantity: 9 } }])),
      ]);
      expect(answers.map((answer) => answer.results.map((result) => result.reason ?? result.status))).toEqual([
        ['accepted'],
        ['duplicate', 'accepted'],
        ['id_conflict'],
      ]);
      // Another connection sees the file change once: one commit for the three pushes.
      expect(version() - before).toBe(1);
      const page = readFeedPage(await storage.ops.pullPage('staff', 0, 100));
      expect(page.ops.map((op) => op.id)).toEqual([first.id, second.id]);
    } finally {
      watcher.close();
    }
  });

  it('keeps the others when one fails, and rolls the failed one back alone', async () => {
    const good = stock();
    const alsoGood = stock();
    // A device the database does not know: its first op is stored, then the audit entry for the
    // refused second op cannot name it (a foreign key) and storing the push throws half-way.
    const ghost = { ...pusher, device: { id: 'ghost_device', role: 'staff', site: 'site-main' } } as unknown as Caller;
    const ghostOps = opBuilder('ghost_device', staff.id, T0.getTime() + 60_000);
    const stored = ghostOps.op({
      type: 'stock.received',
      payload: { itemId: 'item_one_x', quantity: 1, kind: 'donation' },
    });
    const refused = ghostOps.op(
      { type: 'stock.received', payload: { itemId: 'item_one_x', quantity: 1, kind: 'donation' } },
      { actor: 'nobody_known' },
    );
    const answers = await Promise.allSettled([
      storage.ops.push(input([good])),
      storage.ops.push({ ...input([stored, refused]), pusher: ghost }),
      storage.ops.push(input([alsoGood])),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const page = readFeedPage(await storage.ops.pullPage('staff', 0, 100));
    expect(page.ops.map((op) => op.id)).toEqual([good.id, alsoGood.id]);
  });

  it('are each stored on their own when they come one after another', async () => {
    const ops = [stock(), stock(), stock()];
    for (const op of ops) expect((await storage.ops.push(input([op]))).accepted).toBe(1);
    const page = readFeedPage(await storage.ops.pullPage('staff', 0, 100));
    expect(page.ops.map((op) => op.id)).toEqual(ops.map((op) => op.id));
  });
});
