/**
 * A kiosk at one of two sites, through the real op store over fake-indexeddb: it shows its own
 * site's catalog, stock, hours and address even while it still holds another site's views (paired
 * again before its first snapshot), and a visit at the other site is not today's visit here.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CENTER } from '../../../src/core/center.js';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import type { Op } from '../../../src/core/ops/op.js';
import { confirmVisit, identifyParticipant } from '../../../src/kiosk/check-in.js';
import { readKioskData } from '../../../src/kiosk/useKioskData.js';
import { closeDropinDb } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { appOpStore } from '../../../src/sync/app-sync.js';
import { pairedIdentity } from '../../support/device-fixtures.js';
import { TEST_ITEM } from '../../support/op-factory.js';
import { siteBuilder } from '../core/sites/site-builder.js';

const NORTH = 'site-north-0001';
const admin = siteBuilder('device_staff_1', 'staff_ana', null);
const northAdmin = siteBuilder('device_staff_2', 'staff_ana', NORTH);
const ROSA: DirectoryEntry = {
  participantId: 'person_rosa_0001',
  firstName: 'Rosa',
  lastInitial: 'M',
  searchKeys: ['rosa'],
  active: true,
  birthdayCheck: null,
  cardHashes: [],
};

/** Each site has one item with stock, and the north site its own name, address, phone and hours. */
function twoSites(): Op[] {
  return [
    admin.op({ type: 'catalog.itemAdded', payload: { itemId: 'item_main_meal', item: TEST_ITEM } }),
    admin.op({ type: 'stock.received', payload: { itemId: 'item_main_meal', quantity: 7, kind: 'donation' } }),
    northAdmin.op({
      type: 'site.created',
      payload: { siteId: NORTH, name: 'LEAD North', address: '12 North St', phone: '323-555-0100' },
    }),
    northAdmin.op({
      type: 'catalog.itemAdded',
      payload: { itemId: 'item_north_socks', item: { ...TEST_ITEM, names: { en: 'Socks' } } },
    }),
    northAdmin.op({ type: 'stock.received', payload: { itemId: 'item_north_socks', quantity: 3, kind: 'donation' } }),
    northAdmin.op({ type: 'settings.hoursSet', payload: { hours: [{ weekday: 2, opens: '09:00', closes: '12:00' }] } }),
  ];
}

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  const store = await appOpStore();
  await store.applyPulled({ serverId: 'server_1', cursor: 6, ops: twoSites(), views: [], directory: [ROSA] });
});
afterEach(closeDropinDb);

const atSite = (site: string | undefined, ticketLetter = 'K') =>
  saveDeviceIdentity(pairedIdentity({ id: 'device_lobby_1', role: 'kiosk', ticketLetter, ...(site && { site }) }));

describe('a kiosk at the north site', () => {
  it('shows only its site’s catalog, stock, hours and address', async () => {
    await atSite(NORTH);
    const data = await readKioskData();
    expect(data.items.map((item) => item.id)).toEqual(['item_north_socks']);
    expect([...data.onHand]).toEqual([['item_north_socks', 3]]);
    expect(data.settings.hours).toEqual([{ weekday: 2, opens: '09:00', closes: '12:00' }]);
    expect(data.site).toMatchObject({ id: NORTH, name: 'LEAD North', address: '12 North St', phone: '323-555-0100' });
  });

  it('shows no address and no hours for a site whose details have not arrived', async () => {
    await atSite('site-south-0001');
    const data = await readKioskData();
    expect([data.items, [...data.onHand], data.settings.hours, data.site]).toEqual([[], [], [], null]);
  });
});

describe('a kiosk at the first site', () => {
  it('shows the first site’s catalog and stock, and the center’s address and default hours', async () => {
    await atSite(undefined);
    const data = await readKioskData();
    expect(data.items.map((item) => item.id)).toEqual(['item_main_meal']);
    expect([...data.onHand]).toEqual([['item_main_meal', 7]]);
    expect(data.settings.hours.length).toBeGreaterThan(0);
    expect(data.site).toMatchObject({ address: CENTER.address, phone: CENTER.phone });
  });
});

describe('the same participant at two sites the same day', () => {
  it('gets a visit and a number of their own at each site', async () => {
    await atSite(undefined, 'A');
    const first = await confirmVisit(await identifyParticipant(ROSA, 'card'), [
      { itemId: 'item_main_meal', quantity: 1 },
    ]);
    expect(first.ok && first.visit.ticket).toBe('A-1');
    // Same tablet, paired again at the north site: the visit at the first site is not this site's.
    await atSite(NORTH, 'N');
    const north = await identifyParticipant(ROSA, 'card');
    expect(north).toMatchObject({ again: false, earlier: null });
    expect(north.asked.size).toBe(0);
    const second = await confirmVisit(north, []);
    // The tablet's counter for the day goes on; the letter is the north site's.
    expect(second.ok && second.visit.ticket).toBe('N-2');
    expect(second.ok && first.ok && second.visit.visitId !== first.visit.visitId).toBe(true);
    // Back at the north site later the same day, that visit is found again.
    expect(await identifyParticipant(ROSA, 'name')).toMatchObject({ again: true, earlier: { ticket: 'N-2' } });
  });
});
