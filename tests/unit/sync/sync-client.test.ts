import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import type { SnapshotResponse } from '../../../src/core/sync/api.js';
import { ApiClient } from '../../server/support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { TEST_ITEM, testId } from '../../support/op-factory.js';
import { expectSynced, stockOn, type TestDevice, testDevice } from './sync-harness.js';

let server: TestServer;
let admin: ApiClient;
let adminId: string;
let staff: ApiClient;
let staffId: string;
let kiosk: { device: ApiClient; id: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
  adminId = (await admin.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
  staffId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' });
  staff = await signIn(server, 'sam', '739154');
  kiosk = await pairDevice(server, admin);
});
afterAll(async () => {
  await server.close();
});

function staffLaptop(extra: Partial<Parameters<typeof testDevice>[0]> = {}) {
  return testDevice({
    baseUrl: server.baseUrl,
    deviceId: testId('laptop'),
    actor: staffId,
    credentials: staff,
    ...extra,
  });
}

function record(device: TestDevice, draft: OpDraft): Promise<Op> {
  return device.store.record(draft, { deviceId: device.deviceId, actor: device.actor });
}

const received = (itemId: string, quantity: number): OpDraft => ({
  type: 'stock.received',
  payload: { itemId, quantity, kind: 'donation' },
});

async function storedCount(ids: readonly string[]): Promise<number | undefined> {
  const marks = ids.map(() => '?').join(', ');
  return server.peekValue<number>(`SELECT count(*) FROM ops WHERE id IN (${marks})`, ...ids);
}

async function serverSnapshot(): Promise<SnapshotResponse> {
  const response = await staff.get<SnapshotResponse>('/api/sync/snapshot');
  return response.body;
}

describe('sync client against a real server', () => {
  it('pushes what a device recorded and another device pulls it: same ops, same stock', async () => {
    const a = await staffLaptop();
    const b = await staffLaptop();
    await expectSynced(b);
    const itemId = testId('item');
    const ops = [
      await record(a, received(itemId, 10)),
      await record(a, { type: 'stock.handedOut', payload: { itemId, quantity: 3 } }),
    ];
    expect(await a.store.outboxCount()).toBe(2);

    await expectSynced(a);
    await expectSynced(b);
    expect(await a.store.outboxCount()).toBe(0);
    expect(await storedCount(ops.map((op) => op.id))).toBe(2);
    expect((await stockOn(b))[itemId]).toBe(7);
    expect((await b.store.history(`stock:${itemId}`)).map((op) => op.id)).toEqual(ops.map((op) => op.id));
    expect(a.client.status).toMatchObject({ phase: 'idle', pending: 0, problem: null });
    expect(a.client.status.lastSyncAt).not.toBeNull();
  });

  it('loses nothing and stores nothing twice when the server committed but the answer was lost', async () => {
    let loseNextAnswer = true;
    const a = await staffLaptop({
      wrap: (transport) => ({
        ...transport,
        async push(ops) {
          const answer = await transport.push(ops);
          if (!loseNextAnswer) return answer;
          loseNextAnswer = false;
          return { ok: false, status: 0, error: 'offline', message: 'connection reset before the answer' };
        },
      }),
    });
    const itemId = testId('item');
    const ops = [await record(a, received(itemId, 4)), await record(a, received(itemId, 6))];

    const first = await a.client.syncNow();
    expect(first.ok).toBe(false);
    expect(a.client.status).toMatchObject({ phase: 'offline', pending: 2, problem: 'offline' });
    expect(await storedCount(ops.map((op) => op.id))).toBe(2);

    await expectSynced(a);
    expect(await a.store.outboxCount()).toBe(0);
    expect(await storedCount(ops.map((op) => op.id))).toBe(2);
    const stock = (await serverSnapshot()).views.find((record) => record.key === `stock:${itemId}`);
    expect(stock?.view).toMatchObject({ onHand: 10, lines: 2 });
  });

  it('loses nothing when the server stops in the middle of a sync and comes back', async () => {
    const own = await startTestServer();
    const ownAdmin = await setUpFirstAdmin(own);
    const ownAdminId = (await ownAdmin.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
    let current = own;
    let pushes = 0;
    const a = await testDevice({
      baseUrl: own.baseUrl,
      deviceId: testId('laptop'),
      actor: ownAdminId,
      credentials: ownAdmin,
      client: { batchSize: 2 },
      wrap: (transport) => ({
        ...transport,
        async push(ops) {
          pushes += 1;
          // The first batch is stored, then the server goes away before the second arrives.
          if (pushes === 2) await current.close({ keepData: true });
          return transport.push(ops);
        },
      }),
    });
    const itemId = testId('item');
    const ops: Op[] = [];
    for (const quantity of [1, 2, 3, 4, 5]) ops.push(await record(a, received(itemId, quantity)));

    expect((await a.client.syncNow()).ok).toBe(false);
    expect(await a.store.outboxCount()).toBe(3);

    current = await startTestServer({ database: own.database });
    a.moveTo(current.baseUrl);
    await expectSynced(a);
    expect(await a.store.outboxCount()).toBe(0);
    const ids = ops.map((op) => op.id);
    const stored = await current.peek<{ id: string }>(
      `SELECT id FROM ops WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY cursor`,
      ...ids,
    );
    expect(stored.map((row) => row.id)).toEqual(ids);
    expect(stockLevels(await a.store.allViews()).get(itemId)).toBe(15);
    await current.close();
  });

  it('two devices that changed stock offline converge with the server to the same numbers', async () => {
    const a = await staffLaptop();
    const b = await staffLaptop();
    const itemId = testId('item');
    await record(a, received(itemId, 10));
    await expectSynced(a);
    await expectSynced(b);

    a.goOffline();
    b.goOffline();
    await record(a, { type: 'stock.handedOut', payload: { itemId, quantity: 3 } });
    const believed = (await stockOn(a))[itemId] ?? 0;
    await record(a, {
      type: 'stock.counted',
      payload: { countId: testId('count'), items: [{ itemId, counted: 6, believed }] },
    });
    await record(b, received(itemId, 5));
    await record(b, { type: 'stock.adjusted', payload: { itemId, delta: -1, reason: 'damaged' } });
    expect((await a.client.syncNow()).ok).toBe(false);
    expect(a.client.status).toMatchObject({ phase: 'offline', pending: 2 });

    a.goOnline();
    b.goOnline();
    await expectSynced(b);
    await expectSynced(a);
    await expectSynced(b);
    // 10 received, 3 handed out, counted 6 where 7 were believed (-1), 5 received, 1 damaged.
    expect((await stockOn(a))[itemId]).toBe(10);
    expect(await stockOn(b)).toEqual(await stockOn(a));
    const snapshot = await serverSnapshot();
    const serverStock = snapshot.views.find((view) => view.key === `stock:${itemId}`)?.view;
    expect(serverStock).toMatchObject({ onHand: 10 });
    // Not only the numbers: both devices hold exactly the server's views.
    const serverViews = new Map(snapshot.views.map((record) => [record.key, record.view]));
    expect(await b.store.allViews()).toEqual(serverViews);
    expect(await a.store.allViews()).toEqual(serverViews);
  });

  it('sends a kiosk check-in and request to staff, and gives the kiosk only what it may see', async () => {
    const adminLaptop = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: testId('laptop'),
      actor: adminId,
      credentials: admin,
    });
    // A kiosk of its own: two stores writing as one device would reuse its sequence numbers.
    const second = await pairDevice(server, admin, 'Second lobby tablet');
    const lobby = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: second.id,
      actor: null,
      credentials: second.device,
    });
    const b = await staffLaptop();
    const itemId = testId('item');
    await record(adminLaptop, { type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } });
    await record(adminLaptop, received(itemId, 8));
    await expectSynced(adminLaptop);

    await expectSynced(lobby);
    const visitId = testId('visit');
    const requestId = testId('request');
    await record(lobby, {
      type: 'visit.checkedIn',
      payload: { visitId, day: '2026-11-28', ticket: 'A-1', who: 'visitor', name: null },
    });
    await record(lobby, {
      type: 'request.created',
      payload: {
        requestId,
        visitId,
        day: '2026-11-28',
        participantId: null,
        ticket: 'A-1',
        items: [{ itemId, quantity: 1 }],
      },
    });
    await expectSynced(lobby);
    await expectSynced(b);

    expect(await b.store.view(`request:${requestId}`)).toMatchObject({
      created: { ticket: 'A-1', items: [{ itemId, quantity: 1 }] },
    });
    const lobbyViews = await lobby.store.allViews();
    expect(lobbyViews.get(`item:${itemId}`)).toMatchObject({ kind: 'item' });
    expect(stockLevels(lobbyViews).get(itemId)).toBe(8);
    expect([...lobbyViews.values()].some((view) => view.kind === 'participant')).toBe(false);
  });

  it('keeps an op the server refused out of the way, and sends the others', async () => {
    const a = await staffLaptop();
    const refusedItem = testId('item');
    const refused = await record(a, { type: 'catalog.itemAdded', payload: { itemId: refusedItem, item: TEST_ITEM } });
    expect(await a.store.view(`item:${refusedItem}`)).toBeDefined();
    const fine = await record(a, received(testId('item'), 1));
    await expectSynced(a);
    expect(await storedCount([fine.id])).toBe(1);
    expect(await storedCount([refused.id])).toBe(0);
    expect(await a.store.outboxCount()).toBe(0);
    expect((await a.store.rejectedOps()).map((rejected) => [rejected.op.id, rejected.reason])).toEqual([
      [refused.id, 'forbidden'],
    ]);
    expect(a.client.status).toMatchObject({ rejected: 1, pending: 0 });
    // What the server refused does not linger in this device's views.
    expect(await a.store.view(`item:${refusedItem}`)).toBeUndefined();
    const pushesBefore = a.sent.filter((line) => line === 'POST /api/sync/push').length;
    await expectSynced(a);
    expect(a.sent.filter((line) => line === 'POST /api/sync/push').length).toBe(pushesBefore);
  });

  it('starts again from a snapshot when the server database was replaced', async () => {
    const other = await startTestServer();
    const otherAdmin = await setUpFirstAdmin(other);
    const otherAdminId = (await otherAdmin.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
    const elsewhere = await testDevice({
      baseUrl: other.baseUrl,
      deviceId: testId('laptop'),
      actor: otherAdminId,
      credentials: otherAdmin,
    });
    const itemId = testId('item');
    await record(elsewhere, received(itemId, 3));
    await expectSynced(elsewhere);

    const credentials = new ApiClient(server.baseUrl);
    credentials.sessionCookie = staff.sessionCookie;
    const a = await testDevice({ baseUrl: server.baseUrl, deviceId: testId('laptop'), actor: staffId, credentials });
    await expectSynced(a);
    const before = await a.store.getCursor();
    expect([...(await a.store.allViews()).keys()].length).toBeGreaterThan(1);

    a.moveTo(other.baseUrl);
    credentials.sessionCookie = otherAdmin.sessionCookie;
    await expectSynced(a);
    const after = await a.store.getCursor();
    expect(after?.serverId).not.toBe(before?.serverId);
    expect(await stockOn(a)).toEqual({ [itemId]: 3 });
    await other.close();
  });
});

describe('sync client scheduling', () => {
  it('delivers a kiosk request to a live staff device without anyone pressing anything', async () => {
    const lobby = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: kiosk.id,
      actor: null,
      credentials: kiosk.device,
    });
    const b = await staffLaptop({ client: { live: true, longPollSeconds: 10 } });
    await expectSynced(b);
    b.client.start();
    try {
      const requestId = testId('request');
      await record(lobby, {
        type: 'request.created',
        payload: {
          requestId,
          visitId: testId('visit'),
          day: '2026-11-28',
          participantId: null,
          ticket: 'A-2',
          items: [{ itemId: testId('item'), quantity: 1 }],
        },
      });
      await expectSynced(lobby);
      await vi.waitFor(async () => expect(await b.store.view(`request:${requestId}`)).toBeDefined(), {
        timeout: 8000,
        interval: 50,
      });
    } finally {
      await b.client.stop();
    }
  });
});
