import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { compareOps, type Op } from '../../../src/core/ops/op.js';
import type { PulledPage } from '../../../src/store/op-store.js';
import {
  adjusted,
  closeAll,
  everything,
  freshIndexedDb,
  KIOSK,
  openDevice,
  received,
  requestCreated,
  requestFulfilled,
  STAFF,
  testClock,
} from './fixtures.js';

const ana: DirectoryEntry = {
  participantId: 'part_0001',
  firstName: 'Ana',
  lastInitial: 'R',
  searchKeys: ['ana'],
  active: true,
  birthdayCheck: null,
  cardHashes: ['hash_1'],
};

function page(cursor: number, fields: Partial<PulledPage> = {}): PulledPage {
  return { serverId: 'server_1', cursor, ops: [], views: [], directory: [], ...fields };
}

beforeEach(freshIndexedDb);
afterEach(closeAll);

describe('applyPulled', () => {
  it('applies ops from another device once, however often the page comes', async () => {
    const staff = await openDevice('staff');
    const ops = [
      await staff.store.record(received('item_soap', 10), STAFF),
      await staff.store.record(requestCreated('req_00000001', [{ itemId: 'item_soap', quantity: 2 }]), STAFF),
      await staff.store.record(requestFulfilled('req_00000001', [{ itemId: 'item_soap', quantity: 2 }]), STAFF),
    ];
    const other = await openDevice('other');

    expect(await other.store.applyPulled(page(3, { ops }))).toBe(3);
    const views = await other.store.allViews();
    expect(views).toEqual(await staff.store.allViews());
    expect(views.get('stock:item_soap')).toMatchObject({ onHand: 8 });

    expect(await other.store.applyPulled(page(3, { ops }))).toBe(0);
    expect(await other.store.applyPulled(page(4, { ops: [...ops.slice(2), ...ops.slice(2)] }))).toBe(0);
    expect(await other.store.allViews()).toEqual(views);
    expect(await other.store.allOps()).toEqual(ops);
    // Pulled ops are the server's already: nothing to push.
    expect(await other.store.outboxCount()).toBe(0);
  });

  it('skips its own ops coming back from the server', async () => {
    const { store } = await openDevice('own');
    const own = await store.record(received('item_soap', 4), STAFF);
    expect(await store.applyPulled(page(1, { ops: [own] }))).toBe(0);
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 4, lines: 1 });
    expect(await store.allOps()).toEqual([own]);
  });

  it('applies another device’s ops once on a device with ops of its own, asking the log only about its own', async () => {
    const staff = await openDevice('staff-a');
    const theirs = [
      await staff.store.record(received('item_soap', 10), STAFF),
      await staff.store.record(requestCreated('req_00000001', [{ itemId: 'item_soap', quantity: 2 }]), STAFF),
      await staff.store.record(requestFulfilled('req_00000001', [{ itemId: 'item_soap', quantity: 2 }]), STAFF),
    ];
    const laptop = await openDevice('staff-b');
    const mine = await laptop.store.record(received('item_soap', 1), { ...STAFF, deviceId: 'device_staff_2' });
    const getKey = vi.spyOn(IDBObjectStore.prototype, 'getKey');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add');

    // A page with their ops and mine coming back: only mine is asked about, each op added once.
    expect(await laptop.store.applyPulled(page(4, { ops: [...theirs, mine] }))).toBe(3);
    expect(getKey.mock.calls.map(([key]) => key)).toEqual([mine.id]);
    expect(add.mock.calls.map(([value]) => (value as Op).id)).toEqual(theirs.map((op) => op.id));
    expect((await laptop.store.view('stock:item_soap')) as unknown).toMatchObject({ onHand: 9 });
    getKey.mockRestore();
    add.mockRestore();

    // The same page again (pulls after the server was restored from a backup): the log's key
    // refuses their first op, and the page is applied again with every op asked about.
    expect(await laptop.store.applyPulled(page(5, { ops: [...theirs, mine] }))).toBe(0);
    expect((await laptop.store.view('stock:item_soap')) as unknown).toMatchObject({ onHand: 9 });
    expect(await laptop.store.allOps()).toEqual([...theirs, mine].sort(compareOps));
    expect(await laptop.store.getCursor()).toEqual({ serverId: 'server_1', cursor: 5 });
  });

  it('asks the log about every op on a database that wrote ops before it kept their authors', async () => {
    const staff = await openDevice('staff-c');
    const theirs = await staff.store.record(received('item_soap', 10), STAFF);
    const laptop = await openDevice('staff-d');
    const mine = await laptop.store.record(received('item_soap', 1), { ...STAFF, deviceId: 'device_staff_2' });
    await laptop.db.delete('meta', 'authors');
    const getKey = vi.spyOn(IDBObjectStore.prototype, 'getKey');
    expect(await laptop.store.applyPulled(page(2, { ops: [theirs, mine] }))).toBe(1);
    expect(getKey.mock.calls.map(([key]) => key)).toEqual([theirs.id, mine.id]);
    getKey.mockRestore();
  });

  it('sets the cursor with the ops it applied', async () => {
    const { store } = await openDevice('cursor');
    expect(await store.getCursor()).toBeNull();
    await store.applyPulled(page(42));
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: 42 });
    await store.resetCursor();
    expect(await store.getCursor()).toBeNull();
  });

  it('moves its clock past the stamps it receives, so its next op sorts after them', async () => {
    const ahead = await openDevice('ahead', testClock(Date.UTC(2026, 10, 28, 19)));
    const pulled = await ahead.store.record(received('item_soap', 1), STAFF);
    const behind = await openDevice('behind', testClock(Date.UTC(2026, 10, 28, 18)));
    await behind.store.applyPulled(page(1, { ops: [pulled] }));
    const next = await behind.store.record(received('item_soap', 1), KIOSK);
    expect(next.at > pulled.at).toBe(true);
  });

  it('puts kiosk view records and directory entries, replacing earlier ones', async () => {
    const { store } = await openDevice('kiosk');
    const stock = { kind: 'stock', itemId: 'item_soap', onHand: 12, lines: 3 };
    await store.applyPulled(page(5, { views: [{ key: 'stock:item_soap', view: stock }], directory: [ana] }));
    await store.applyPulled(
      page(6, {
        views: [{ key: 'stock:item_soap', view: { ...stock, onHand: 9, lines: 4 } }],
        directory: [{ ...ana, active: false }],
      }),
    );
    expect(await store.viewsOfKind('stock')).toEqual([{ ...stock, onHand: 9, lines: 4 }]);
    expect(await store.directory()).toEqual([{ ...ana, active: false }]);
  });
});

describe('applySnapshot', () => {
  it('replaces views and directory and keeps the outbox applied on top', async () => {
    const { db, store } = await openDevice('snapshot');
    await store.applyPulled(page(1, { directory: [ana] }));
    await store.record(requestCreated('req_00000009', [{ itemId: 'item_towel', quantity: 1 }]), KIOSK);
    const pending = await store.record(received('item_soap', 3), STAFF);

    await store.applySnapshot({
      serverId: 'server_2',
      cursor: 100,
      views: [
        { key: 'stock:item_soap', view: { kind: 'stock', itemId: 'item_soap', onHand: 20, lines: 5 } },
        { key: 'stock:item_towel', view: { kind: 'stock', itemId: 'item_towel', onHand: 7, lines: 1 } },
      ],
      directory: [{ ...ana, participantId: 'part_0002', firstName: 'Bo' }],
    });

    const views = await store.allViews();
    expect([...views.keys()]).toEqual(['request:req_00000009', 'stock:item_soap', 'stock:item_towel']);
    expect(views.get('stock:item_soap')).toEqual({ kind: 'stock', itemId: 'item_soap', onHand: 23, lines: 6 });
    expect(views.get('stock:item_towel')).toMatchObject({ onHand: 7 });
    expect((await store.directory()).map((entry) => entry.firstName)).toEqual(['Bo']);
    expect(await store.getCursor()).toEqual({ serverId: 'server_2', cursor: 100 });
    // The snapshot touches views only: the log and the outbox are as they were.
    expect((await store.outboxBatch(10)).at(-1)).toEqual(pending);
    expect((await everything(db)).ops).toHaveLength(2);
  });

  it("keeps showing this device's own acknowledged ops whose views the server never sends it", async () => {
    const { store } = await openDevice('snapshot-own');
    const kept = await store.record(requestCreated('req_00000011', [{ itemId: 'item_towel', quantity: 1 }]), KIOSK);
    const refused = await store.record(requestCreated('req_00000012', [{ itemId: 'item_towel', quantity: 1 }]), KIOSK);
    const counted = await store.record(received('item_soap', 3), KIOSK);
    await store.acknowledge([kept.id, counted.id]);
    await store.reject([{ id: refused.id, reason: 'forbidden', message: 'no' }]);

    await store.applySnapshot({
      serverId: 'server_2',
      cursor: 100,
      views: [{ key: 'stock:item_soap', view: { kind: 'stock', itemId: 'item_soap', onHand: 20, lines: 5 } }],
      directory: [],
    });

    const views = await store.allViews();
    // The request only this kiosk folds is back; the refused one is not; the stock the snapshot
    // holds (with the acknowledged receipt in it) is not counted twice.
    expect([...views.keys()]).toEqual(['request:req_00000011', 'stock:item_soap']);
    expect(views.get('stock:item_soap')).toMatchObject({ onHand: 20, lines: 5 });
  });
});

describe('the outbox', () => {
  it('gives the oldest first, drops acknowledged ops and moves rejected ones aside', async () => {
    const clock = testClock(Date.UTC(2026, 10, 28, 18));
    const { store } = await openDevice('outbox', clock);
    const ops = [];
    for (const quantity of [1, 2, 3, 4]) ops.push(await store.record(received('item_soap', quantity), STAFF));
    const [first, second, third, fourth] = ops;

    expect(await store.outboxBatch(2)).toEqual([first, second]);
    expect(await store.outboxBatch(0)).toEqual([]);

    await store.acknowledge([second?.id ?? '', 'unknown_op_id']);
    expect(await store.outboxBatch(10)).toEqual([first, third, fourth]);

    clock.set(Date.UTC(2026, 10, 28, 19));
    await store.reject([
      { id: first?.id ?? '', reason: 'forbidden', message: 'A kiosk cannot receive stock.' },
      { id: 'unknown_op_id', reason: 'invalid', message: 'ignored' },
    ]);
    expect(await store.outboxBatch(10)).toEqual([third, fourth]);
    expect(await store.outboxCount()).toBe(2);
    expect(await store.rejectedOps()).toEqual([
      {
        op: first,
        reason: 'forbidden',
        message: 'A kiosk cannot receive stock.',
        rejectedAt: '2026-11-28T19:00:00.000Z',
      },
    ]);
    // A rejected op is not retried even if the server's answer comes again.
    await store.acknowledge([first?.id ?? '']);
    expect(await store.rejectedOps()).toHaveLength(1);
  });

  it('remembers when the last sync succeeded', async () => {
    const { store } = await openDevice('last-sync');
    expect(await store.getLastSyncAt()).toBeNull();
    await store.setLastSyncAt('2026-11-28T19:00:00.000Z');
    expect(await store.getLastSyncAt()).toBe('2026-11-28T19:00:00.000Z');
  });
});

describe('history', () => {
  it('lists every op that changed a view, oldest first by clock, including pulled ones', async () => {
    const staff = await openDevice('history-staff', testClock(Date.UTC(2026, 10, 28, 17)));
    const earlier = await staff.store.record(adjusted('item_soap', -1), STAFF);
    const { store } = await openDevice('history');
    const soap1 = await store.record(received('item_soap', 5), STAFF);
    const towel = await store.record(received('item_towel', 2), STAFF);
    const request = await store.record(requestCreated('req_00000001', [{ itemId: 'item_soap', quantity: 1 }]), KIOSK);
    const handout = await store.record(requestFulfilled('req_00000001', [{ itemId: 'item_soap', quantity: 1 }]), STAFF);
    await store.applyPulled(page(1, { ops: [earlier] }));

    expect(await store.history('stock:item_soap')).toEqual([earlier, soap1, handout]);
    expect(await store.history('stock:item_towel')).toEqual([towel]);
    expect(await store.history('request:req_00000001')).toEqual([request, handout]);
    expect(await store.history('stock:item_unknown')).toEqual([]);
  });
});
