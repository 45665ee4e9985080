/**
 * The site a device is at, through the real store and sync modules over fake-indexeddb: kept with
 * its identity from pairing and from the server, named on every op it records (never for the
 * default site), and a new site makes the next sync start from a snapshot.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import { closeDropinDb, openDropinDb, writeMeta } from '../../../src/store/db.js';
import { currentSite, getDeviceIdentity, saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { appOpStore, recordChange, recordCheckIn } from '../../../src/sync/app-sync.js';
import { checkThisDevice, loadThisDevice, pairThisDevice } from '../../../src/sync/device.js';
import { thisDevice } from '../../../src/sync/device-state.js';
import { deviceFixture, pairResponseFixture } from '../../support/api-fixtures.js';
import { pairedIdentity } from '../../support/device-fixtures.js';
import { received } from '../store/fixtures.js';

const NORTH = 'site-north-0001';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const visitor = (visitId: string, ticket: string | null) =>
  ({
    type: 'visit.checkedIn',
    payload: { visitId, day: '2026-11-28', ticket, who: 'visitor', name: 'Bo' },
  }) as const;

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  thisDevice.value = undefined;
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('navigator', { storage: { persist: vi.fn().mockResolvedValue(true) } });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDropinDb();
});

const cursor = async () => (await appOpStore()).getCursor();
const setCursor = async () => writeMeta('syncCursor', { serverId: 'server_1', cursor: 42 });

describe('the site a device is at', () => {
  it('is the default site in a browser never paired, and in an identity stored before sites', async () => {
    expect(await currentSite()).toBe(DEFAULT_SITE_ID);
    const { site: _none, ...beforeSites } = pairedIdentity({ id: 'dev_old_1', role: 'kiosk' });
    await writeMeta('deviceIdentity', beforeSites);
    expect(await getDeviceIdentity()).toMatchObject({ id: 'dev_old_1', site: DEFAULT_SITE_ID });
    expect(await currentSite()).toBe(DEFAULT_SITE_ID);
  });

  it('is kept from the pairing answer', async () => {
    fetchMock.mockResolvedValue(json(200, pairResponseFixture('tok-n', { id: 'dev_north_1', site: NORTH })));
    expect((await pairThisDevice('ABCD-2345')).ok).toBe(true);
    expect(thisDevice.value?.site).toBe(NORTH);
    expect(await currentSite()).toBe(NORTH);
  });

  it('is learned from the server when an identity stored before sites asks who it is', async () => {
    const { site: _none, ...beforeSites } = pairedIdentity({ id: 'dev_old_1', ticketLetter: 'A' });
    await writeMeta('deviceIdentity', beforeSites);
    await loadThisDevice();
    fetchMock.mockResolvedValue(json(200, deviceFixture({ id: 'dev_old_1', ticketLetter: 'A', site: NORTH })));
    await checkThisDevice();
    expect(thisDevice.value).toMatchObject({ id: 'dev_old_1', ticketLetter: 'A', site: NORTH });
    expect(await currentSite()).toBe(NORTH);
  });
});

describe('pairing at another site', () => {
  it('drops the sync cursor, so the next sync starts from a snapshot of the new site', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_main_1', role: 'kiosk' }, { revoked: true }));
    await setCursor();
    fetchMock.mockResolvedValue(json(200, pairResponseFixture('tok-n', { id: 'dev_north_1', site: NORTH })));
    await pairThisDevice('ABCD-2345');
    expect(await cursor()).toBeNull();
  });

  it('keeps the cursor when the site stays the same (a browser never paired is at the default site)', async () => {
    await setCursor();
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_main_1', role: 'staff' }));
    expect(await cursor()).toEqual({ serverId: 'server_1', cursor: 42 });
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_main_1', role: 'staff', ticketLetter: 'D' }));
    expect(await cursor()).toEqual({ serverId: 'server_1', cursor: 42 });
  });
});

describe('ops recorded on this device', () => {
  it('name the site of a device paired there', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_north_1', role: 'kiosk', ticketLetter: 'N', site: NORTH }));
    const checkIn = await recordCheckIn('2026-11-28', (ticket) => [visitor('visit_north_0001', ticket)]);
    const stock = await recordChange(received('item_warm_meal', 4), 'staff_maria');
    expect(checkIn.ok && checkIn.ops.map((op) => op.site)).toEqual([NORTH]);
    expect(stock.ok && stock.op.site).toBe(NORTH);
    const queued = await (await appOpStore()).outboxBatch(10);
    expect(queued.map((op) => op.site)).toEqual([NORTH, NORTH]);
  });

  it('carry no site field at all at the default site, paired or not, exactly as before sites', async () => {
    const unpaired = await recordChange(received('item_warm_meal', 4), 'staff_maria');
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_main_1', role: 'kiosk', ticketLetter: 'A' }));
    const kiosk = await recordCheckIn('2026-11-28', (ticket) => [visitor('visit_main_0001', ticket)]);
    const ops = [...(unpaired.ok ? [unpaired.op] : []), ...(kiosk.ok ? kiosk.ops : [])];
    expect(ops).toHaveLength(2);
    for (const op of ops) {
      expect(Object.keys(op).sort()).toEqual(['actor', 'at', 'deviceId', 'id', 'payload', 'seq', 'type']);
    }
    const queued = await (await appOpStore()).outboxBatch(10);
    expect(queued.every((op) => !('site' in op))).toBe(true);
  });

  it('name another site when the draft does (an admin editing that site), and none for the default site', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_north_1', role: 'staff', site: NORTH }));
    const other = await recordChange({ ...received('item_socks', 2), site: 'site-east-0001' }, 'staff_maria');
    const main = await recordChange({ ...received('item_socks', 2), site: DEFAULT_SITE_ID }, 'staff_maria');
    expect(other.ok && other.op.site).toBe('site-east-0001');
    expect(main.ok && 'site' in main.op).toBe(false);
  });

  it('refuse a site that is no id, and save nothing', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_north_1', role: 'staff', site: NORTH }));
    const refused = await recordChange({ ...received('item_socks', 2), site: 'no!' }, 'staff_maria');
    expect(refused).toMatchObject({ ok: false, error: 'invalid' });
    expect(await (await appOpStore()).outboxCount()).toBe(0);
    expect(await (await openDropinDb()).count('ops')).toBe(0);
  });
});
