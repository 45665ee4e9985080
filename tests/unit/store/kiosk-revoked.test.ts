/**
 * A kiosk that learns it was revoked forgets its directory and everyone it could name, at once;
 * what it has not sent yet stays queued. A revoked staff device keeps its data.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDropinDb } from '../../../src/store/db.js';
import { type DeviceIdentity, markDeviceRevoked, saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { createOpStore, type OpStore } from '../../../src/store/op-store.js';
import { pairedIdentity } from '../../support/device-fixtures.js';
import { everything, freshIndexedDb, received, STAFF, testClock } from './fixtures.js';
import { acknowledgeAll, ask, checkIn } from './kiosk-purge-support.js';

beforeEach(freshIndexedDb);
afterEach(freshIndexedDb);

const paired = pairedIdentity({ id: 'device_kiosk_1' }, { token: 'kiosk-token-1' });

/** A kiosk mid-day: catalog and stock, a directory, a synced participant visit, an unsent visitor. */
async function kioskMidDay(identity: DeviceIdentity): Promise<OpStore> {
  await saveDeviceIdentity(identity);
  const store = createOpStore(await openDropinDb(), { now: testClock().now });
  await store.record(received('item_blanket', 10), STAFF);
  await store.applyPulled({
    serverId: 'server_1',
    cursor: 7,
    ops: [],
    views: [],
    directory: [
      {
        participantId: 'part_ana_0001',
        firstName: 'Ana',
        lastInitial: 'R',
        searchKeys: ['ana'],
        active: true,
        birthdayCheck: 'a'.repeat(64),
        cardHashes: ['b'.repeat(64)],
      },
    ],
  });
  const { ticket } = await checkIn(store, 'visit_ana_0001', { participantId: 'part_ana_0001' });
  await ask(store, {
    requestId: 'request_ana_01',
    visitId: 'visit_ana_0001',
    participantId: 'part_ana_0001',
    ticket,
    items: [{ itemId: 'item_blanket', quantity: 1 }],
  });
  await acknowledgeAll(store);
  await store.purgeKioskHistory();
  await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });
  return store;
}

describe('a revoked kiosk', () => {
  it('forgets its directory, same-day records, visit and request views and cursor, but not its outbox', async () => {
    const store = await kioskMidDay(paired);
    const db = await openDropinDb();
    const outbox = (await everything(db)).outbox;
    expect(outbox).toHaveLength(1);

    expect(await markDeviceRevoked(paired.token)).toEqual({ ...paired, revoked: true });

    const state = await everything(db);
    expect(state.directory).toEqual([]);
    expect(state.sameDay).toEqual([]);
    expect(state.views.map(([key]) => key)).toEqual(['stock:item_blanket']);
    expect((state.ops as [string, { type: string }][]).map(([, op]) => op.type)).toEqual(['stock.received']);
    expect(await store.getCursor()).toBeNull();
    // The visitor's check-in has not reached the server: it is still queued, to go when paired again.
    expect(state.outbox).toEqual(outbox);
    expect(JSON.stringify({ ...state, outbox: [] })).not.toMatch(/Carla|Ana|part_ana|a{64}|b{64}/);
  });

  it('does not forget anything when the revoke was for a token it no longer uses', async () => {
    await kioskMidDay(paired);
    const before = await everything(await openDropinDb());
    expect(await markDeviceRevoked('an-older-token')).toBeNull();
    expect(await everything(await openDropinDb())).toEqual(before);
  });
});

describe('a revoked staff device', () => {
  it('keeps its data: it only stops syncing', async () => {
    await kioskMidDay({ ...paired, role: 'staff' });
    const db = await openDropinDb();
    const before = await everything(db);
    await markDeviceRevoked(paired.token);
    const after = await everything(db);
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
    expect(after.directory).toHaveLength(1);
  });
});
