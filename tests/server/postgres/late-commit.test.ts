/**
 * The pull feed on PostgreSQL never skips an op that commits late (issue 17). Real concurrent
 * transactions on separate connections; nothing is mocked.
 *
 * First the hazard itself: two transactions that append without taking turns, the one that took
 * the lower cursor committing last, and a pull (`cursor > after`) that passes it for ever. Then
 * the storage, whose appends take turns under an advisory lock (op-log.ts): a push stalled in
 * the middle of its transaction holds back a faster push behind it, and devices pulling in a loop
 * meanwhile get every op once, in cursor order.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../../server/storage/postgres/index.js';
import type { Storage } from '../../../server/storage/types.js';
import { readFeedPage } from '../../../server/sync/feed.js';
import type { Device } from '../../../src/core/auth/api.js';
import type { Op } from '../../../src/core/ops/op.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { createTestDatabase } from '../../support/postgres-database.js';
import { makeStaff, minutesAfter, T0 } from '../storage/contract/harness.js';

const NOW = minutesAfter(T0, 30);
// Waits on what the database says (a lock waited on, a page served), never on time alone.
const EVENTUALLY = { timeout: 30_000, interval: 20 };

describe('a pull on PostgreSQL never skips an op that commits late', () => {
  let url: string;
  let storage: Storage;
  const clients: pg.Client[] = [];

  beforeEach(async () => {
    url = await createTestDatabase('late_commit');
    storage = (await openPostgresStorage(url, { max: 8 })).storage;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.end()));
    await storage.close();
  });

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  }

  /** Everything a device has after pulling pages of two from `after` until the feed has nothing more. */
  async function pullAll(after: number): Promise<{ ids: string[]; cursor: number }> {
    const ids: string[] = [];
    let cursor = after;
    for (;;) {
      const page = readFeedPage(await storage.ops.pullPage('staff', cursor, 2));
      ids.push(...page.ops.map((op) => op.id));
      if (page.cursor === cursor) return { ids, cursor };
      cursor = page.cursor;
    }
  }

  async function pairKiosk(code: string, createdBy: string): Promise<Device> {
    await storage.devices.createPairingCode(
      { codeHash: code, name: code, role: 'kiosk', createdBy, expiresAt: minutesAfter(T0, 10) },
      T0,
      { action: 'pairing.created' },
    );
    const device = await storage.devices.pair(
      { codeHash: code, id: `${code}_device`, tokenHash: code, at: T0 },
      () => ({
        action: 'device.paired',
      }),
    );
    if (!device) throw new Error('pairing failed');
    return device;
  }

  function checkIns(device: Device, count: number): Op[] {
    const kiosk = opBuilder(device.id, null);
    return Array.from({ length: count }, () =>
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
      }),
    );
  }

  it('without taking turns, an op whose transaction commits last is passed by `cursor > after`', async () => {
    const [slow, fast] = [await connect(), await connect()];
    const insert = (client: pg.Client, id: string, seq: number) =>
      client.query(
        `INSERT INTO ops (id, device_id, device_seq, type, at, body, received_at)
         VALUES ($1, 'tablet', $2, 'stock.counted', '2026-01-01T10:00:00.000Z', $3, '2026-01-01T10:00:01.000Z')`,
        [id, seq, JSON.stringify({ id })],
      );
    await slow.query('BEGIN');
    await insert(slow, 'slow-op', 1); // takes the lower cursor and holds its transaction open
    await fast.query('BEGIN');
    await insert(fast, 'fast-op', 2);
    await fast.query('COMMIT');

    const device = await pullAll(0);
    expect(device.ids).toEqual(['fast-op']);
    await slow.query('COMMIT');
    expect((await pullAll(device.cursor)).ids).toEqual([]); // slow-op is behind the device for good
    expect((await pullAll(0)).ids).toEqual(['slow-op', 'fast-op']);
  });

  it('holds a fast push behind a stalled one, and devices pulling meanwhile get every op once, in order', async () => {
    const admin = await makeStaff(storage, 'ada', 'admin');
    const [kioskA, kioskB] = [await pairKiosk('lobby', admin.id), await pairKiosk('patio', admin.id)];
    const [opsA, opsB] = [checkIns(kioskA, 3), checkIns(kioskB, 3)];

    // Push A stalls at its last step (noting the kiosk's sync) while it holds its ops uncommitted:
    // another connection holds the kiosk's row.
    const locker = await connect();
    const watcher = await connect();
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM devices WHERE id = $1 FOR UPDATE', [kioskA.id]);
    const pushA = storage.ops.push({
      ops: opsA,
      pusher: { device: kioskA, staff: undefined },
      now: NOW,
      noteSyncOf: kioskA.id,
    });
    await expect.poll(() => waitingOn(watcher, 'transactionid'), EVENTUALLY).toBe(1);
    const pushB = storage.ops.push({
      ops: opsB,
      pusher: { device: kioskB, staff: undefined },
      now: NOW,
      noteSyncOf: kioskB.id,
    });
    await expect.poll(() => waitingOn(watcher, 'advisory'), EVENTUALLY).toBe(1);

    // Three devices pull in a loop the whole time, each keeping its own cursor, until they have
    // as many ops as were pushed (then one pull more, which must bring nothing).
    const total = opsA.length + opsB.length;
    let stalled = true;
    let pullsWhileStalled = 0;
    const device = async () => {
      const seen: string[] = [];
      let cursor = 0;
      let extra = 1;
      while (seen.length < total || extra-- > 0) {
        const page = readFeedPage(await storage.ops.pullPage('staff', cursor, 2));
        seen.push(...page.ops.map((op) => op.id));
        cursor = page.cursor;
        if (stalled) pullsWhileStalled += 1;
      }
      return seen;
    };
    const devices = [device(), device(), device()];
    await expect.poll(() => pullsWhileStalled, EVENTUALLY).toBeGreaterThanOrEqual(30);

    stalled = false;
    await locker.query('COMMIT');
    const [storedA, storedB] = await Promise.all([pushA, pushB]);
    expect([storedA.accepted, storedB.accepted]).toEqual([3, 3]);
    const expected = [...opsA, ...opsB].map((op) => op.id);
    for (const seen of await Promise.all(devices)) expect(seen).toEqual(expected);
  });
});

/** How many backends wait for a lock of this kind right now. */
async function waitingOn(client: pg.Client, locktype: 'advisory' | 'transactionid'): Promise<number> {
  const { rows } = await client.query<{ waiting: string }>(
    `SELECT count(*) AS waiting FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE a.datname = current_database() AND l.locktype = $1 AND NOT l.granted`,
    [locktype],
  );
  return Number(rows[0]?.waiting);
}
