/** A device that meets a replaced server puts its own ops back in the outbox, and nothing else. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulledPage } from '../../../src/store/op-store.js';
import { closeAll, freshIndexedDb, openDevice, received, STAFF } from './fixtures.js';

function page(cursor: number, fields: Partial<PulledPage> = {}): PulledPage {
  return { serverId: 'server_1', cursor, ops: [], views: [], directory: [], ...fields };
}

beforeEach(freshIndexedDb);
afterEach(closeAll);

describe('resendToReplacedServer', () => {
  it('queues again every op of its own the log holds, oldest first, and forgets the cursor', async () => {
    const other = await openDevice('other-laptop');
    const theirs = await other.store.record(received('item_soap', 9), { ...STAFF, deviceId: 'device_staff_9' });
    const { store } = await openDevice('laptop');
    const sent = [
      await store.record(received('item_soap', 1), STAFF),
      await store.record(received('item_soap', 2), STAFF),
      await store.record(received('item_soap', 3), STAFF),
    ];
    await store.acknowledge(sent.map((op) => op.id));
    const waiting = await store.record(received('item_soap', 4), STAFF);
    await store.applyPulled(page(7, { ops: [theirs, ...sent] }));
    expect(await store.outboxBatch(10)).toEqual([waiting]);

    expect(await store.resendToReplacedServer()).toBe(3);
    expect(await store.outboxBatch(10)).toEqual([...sent, waiting]);
    expect(await store.getCursor()).toBeNull();
    // The views are not touched: the snapshot after the push rebuilds them.
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 19 });

    // What is already queued is never queued twice.
    expect(await store.resendToReplacedServer()).toBe(0);
    expect(await store.outboxCount()).toBe(4);
  });

  it('folds again another device’s op it held once the new server sends it, and only once', async () => {
    const other = await openDevice('other-laptop');
    const theirs = await other.store.record(received('item_soap', 9), { ...STAFF, deviceId: 'device_staff_9' });
    const { store } = await openDevice('laptop');
    await store.applyPulled(page(7, { ops: [theirs] }));
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 9 });

    await store.resendToReplacedServer();
    // The restored server's snapshot lacks the op; its device sends it again, and it comes back.
    await store.applySnapshot({ serverId: 'server_2', cursor: 3, views: [], directory: [] });
    expect(await store.view('stock:item_soap')).toBeUndefined();
    expect(await store.applyPulled(page(4, { serverId: 'server_2', ops: [theirs] }))).toBe(1);
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 9 });
    expect(await store.applyPulled(page(4, { serverId: 'server_2', ops: [theirs] }))).toBe(0);
    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 9, lines: 1 });
    expect(await store.allOps()).toEqual([theirs]);
    expect(await store.outboxCount()).toBe(0);
  });

  it('leaves out the ops the server refused: they are kept aside, never sent again', async () => {
    const { store } = await openDevice('laptop');
    const accepted = await store.record(received('item_soap', 1), STAFF);
    const refused = await store.record(received('item_soap', 2), STAFF);
    await store.acknowledge([accepted.id]);
    await store.reject([{ id: refused.id, reason: 'forbidden', message: 'no' }]);

    expect(await store.resendToReplacedServer()).toBe(1);
    expect(await store.outboxBatch(10)).toEqual([accepted]);
    expect((await store.rejectedOps()).map((entry) => entry.op.id)).toEqual([refused.id]);
  });

  it('knows its own ops by the device ids it wrote as, the paired id and the id before pairing alike', async () => {
    const { store } = await openDevice('laptop');
    const beforePairing = await store.record(received('item_soap', 1), { ...STAFF, deviceId: 'local_0000000001' });
    const afterPairing = await store.record(received('item_soap', 2), STAFF);
    await store.acknowledge([beforePairing.id, afterPairing.id]);

    expect(await store.resendToReplacedServer()).toBe(2);
    expect(await store.outboxBatch(10)).toEqual([beforePairing, afterPairing]);
  });

  it('on a database from before it kept its device ids, takes its paired and local ids as its own', async () => {
    const { db, store } = await openDevice('old-laptop');
    const local = await store.record(received('item_soap', 1), { ...STAFF, deviceId: 'local_0000000001' });
    const paired = await store.record(received('item_soap', 2), STAFF);
    const stranger = await store.record(received('item_soap', 3), { ...STAFF, deviceId: 'device_staff_9' });
    await store.acknowledge([local.id, paired.id, stranger.id]);
    await db.delete('meta', 'authors');
    await db.put('meta', 'local_0000000001', 'localDeviceId');
    await db.put(
      'meta',
      { id: STAFF.deviceId, name: 'Laptop', role: 'staff', token: 'token', revoked: false, pairedAt: '2026-11-28' },
      'deviceIdentity',
    );

    expect(await store.resendToReplacedServer()).toBe(2);
    expect(await store.outboxBatch(10)).toEqual([local, paired]);
  });
});
