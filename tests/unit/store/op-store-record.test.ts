import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { localDeviceId } from '../../../src/store/op-store.js';
import { OP_WRITE_STORES, writeOpInTransaction } from '../../../src/store/op-write.js';
import { InvalidOpError } from '../../../src/store/storage-errors.js';
import {
  closeAll,
  everything,
  freshIndexedDb,
  KIOSK,
  openDevice,
  received,
  requestCreated,
  STAFF,
  testClock,
} from './fixtures.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

describe('record', () => {
  it('adds the envelope: a random id, the next seq, a clock stamp, the device and the actor', async () => {
    const { store } = await openDevice('record');
    const op = await store.record(received('item_soap', 5), STAFF);
    expect(op).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      deviceId: STAFF.deviceId,
      seq: 1,
      at: `${Date.UTC(2026, 10, 28, 18)}-00000-${STAFF.deviceId}`,
      actor: 'staff_maria',
      type: 'stock.received',
      payload: { itemId: 'item_soap', quantity: 5, kind: 'donation' },
    });
    const kioskOp = await store.record(requestCreated('req_00000001', [{ itemId: 'item_soap', quantity: 1 }]), KIOSK);
    expect([kioskOp.seq, kioskOp.deviceId, kioskOp.actor]).toEqual([2, KIOSK.deviceId, null]);
    expect(kioskOp.id).not.toBe(op.id);
  });

  it('hands out ascending seqs and strictly increasing stamps even when the wall clock goes back', async () => {
    const clock = testClock(2_000_000);
    const { store } = await openDevice('clock', clock);
    const stamps: string[] = [];
    const seqs: number[] = [];
    for (const time of [2_000_000, 1_000_000, 1_000_000, 2_000_000, 3_000_000]) {
      clock.set(time);
      const op = await store.record(received('item_soap', 1), STAFF);
      stamps.push(op.at);
      seqs.push(op.seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(stamps[4]?.startsWith('0000003000000-00000-')).toBe(true);
  });

  it('keeps the clock on the new device id after the browser is paired', async () => {
    const { store } = await openDevice('repaired');
    const before = await store.record(received('item_soap', 1), { deviceId: 'local_device_id1', actor: 'staff_maria' });
    const after = await store.record(received('item_soap', 1), STAFF);
    expect(before.at.endsWith('-local_device_id1')).toBe(true);
    expect(after.at.endsWith(`-${STAFF.deviceId}`)).toBe(true);
    expect(after.at > before.at).toBe(true);
    expect(after.seq).toBe(2);
  });

  it('updates the views the op touches and queues it in the outbox', async () => {
    const { store } = await openDevice('views');
    const first = await store.record(received('item_soap', 5), STAFF);
    await store.record(received('item_soap', 2), STAFF);
    const request = await store.record(requestCreated('req_00000001', [{ itemId: 'item_soap', quantity: 1 }]), KIOSK);

    expect(await store.view('stock:item_soap')).toEqual({ kind: 'stock', itemId: 'item_soap', onHand: 7, lines: 2 });
    expect(await store.view('request:req_00000001')).toMatchObject({
      kind: 'request',
      id: 'req_00000001',
      created: { opId: request.id, ticket: 'A-17' },
      outcome: null,
    });
    expect((await store.outboxBatch(10)).map((op) => op.seq)).toEqual([1, 2, 3]);
    expect(await store.outboxCount()).toBe(3);
    expect((await store.allOps())[0]).toEqual(first);
  });

  it('refuses an invalid draft with the schema message and writes nothing', async () => {
    const { db, store } = await openDevice('invalid');
    await store.record(received('item_soap', 5), STAFF);
    const before = await everything(db);

    const bad = { type: 'stock.received', payload: { itemId: 'item_soap', quantity: 0, kind: 'donation' } } as OpDraft;
    const error = await store.record(bad, STAFF).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOpError);
    expect((error as Error).message).toBe('Could not save stock.received: payload.quantity must be at least 1');
    await expect(store.record(received('item_soap', 1), { deviceId: 'no', actor: null })).rejects.toThrow(
      /deviceId must be 8–64 letters/,
    );

    expect(await everything(db)).toEqual(before);
    expect((await store.record(received('item_soap', 1), STAFF)).seq).toBe(2);
  });

  it('writes with strict durability, so a recorded action survives a power cut', async () => {
    const { store } = await openDevice('durability');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await store.record(received('item_soap', 5), STAFF);
      const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
      expect(writes.map((call) => [[...call[0]].sort(), call[2]])).toEqual([
        [['meta', 'ops', 'outbox', 'views'], { durability: 'strict' }],
      ]);
    } finally {
      transaction.mockRestore();
    }
  });
});

describe('the write step', () => {
  it('keeps nothing when its transaction is aborted: no op, view or outbox entry, seq and clock unchanged', async () => {
    const clock = testClock();
    const { db, store } = await openDevice('atomic', clock);
    await store.record(received('item_soap', 5), STAFF);
    const before = await everything(db);

    const tx = db.transaction(OP_WRITE_STORES, 'readwrite');
    const op = await writeOpInTransaction(tx, received('item_soap', 3), STAFF, clock.now() + 1000);
    // Inside the transaction the write is complete...
    expect(await tx.objectStore('outbox').get(op.seq)).toEqual(op);
    expect(await tx.objectStore('views').get('stock:item_soap')).toMatchObject({ onHand: 8 });
    tx.abort();
    await expect(tx.done).rejects.toThrow();

    // ...and after the abort none of it is left.
    expect(await everything(db)).toEqual(before);
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 5 });
    const next = await store.record(received('item_soap', 1), STAFF);
    expect(next.seq).toBe(2);
    expect(next.at < op.at).toBe(true);
  });
});

describe('localDeviceId', () => {
  it('makes a random 32-hex id once per database and keeps it', async () => {
    const a = await openDevice('local-a');
    const b = await openDevice('local-b');
    const id = await localDeviceId(a.db);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await localDeviceId(a.db)).toBe(id);
    expect(await localDeviceId(b.db)).not.toBe(id);
  });
});
