/**
 * Sites on the server (issue 17): a device is paired at a site, a kiosk's feed is its own site's
 * catalog, settings, stock and details, a kiosk writes only for its site, staff may be limited to
 * sites, and a site must exist to be named. Real HTTP, real storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../../src/core/fold/views.js';
import type { Op } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

const EAST = 'site-east';
let world: SyncWorld;
let east: { device: ApiClient; id: string };
const mainItem = testId('item');
const eastItem = testId('item');

/** An op of `site` (the envelope's site; the default site when left out). */
function atSite(op: Op, site?: string): Op {
  return site ? { ...op, site } : op;
}

beforeAll(async () => {
  world = await startSyncWorld();
  const laptop = opBuilder(testId('laptop'), world.adminId, Date.now());
  const stored = await push(world.admin, [
    laptop.op({
      type: 'site.created',
      payload: { siteId: EAST, name: 'LEAD East', address: '1 East St', phone: '(323) 555-0101' },
    }),
    laptop.op({ type: 'catalog.itemAdded', payload: { itemId: mainItem, item: TEST_ITEM } }),
    atSite(laptop.op({ type: 'catalog.itemAdded', payload: { itemId: eastItem, item: TEST_ITEM } }), EAST),
    atSite(laptop.op({ type: 'stock.received', payload: { itemId: eastItem, quantity: 7, kind: 'donation' } }), EAST),
    laptop.op({ type: 'stock.received', payload: { itemId: mainItem, quantity: 3, kind: 'donation' } }),
  ]);
  expect(
    stored.body.results.map((result) => result.reason ?? result.status),
    JSON.stringify(stored.body.results),
  ).toEqual(Array(5).fill('accepted'));
  east = await pairDevice(world.server, world.admin, 'East lobby', 'kiosk', EAST);
});
afterAll(async () => {
  await world.server.close();
});

describe('pairing at a site', () => {
  it('puts a device at the site its code names, with ticket letters of its own site', async () => {
    const me = await east.device.get<{ site: string; ticketLetter: string }>('/api/devices/me');
    expect(me.body).toMatchObject({ site: EAST, ticketLetter: 'A' });
    const main = await world.kiosk.get<{ site: string; ticketLetter: string }>('/api/devices/me');
    expect(main.body).toMatchObject({ site: 'site-main', ticketLetter: 'A' });
  });

  it('refuses a site that does not exist, and makes no code', async () => {
    const before = (await world.admin.get<{ entries: unknown[] }>('/api/audit?limit=100')).body;
    const response = await world.admin.post('/api/devices/pairings', {
      name: 'Nowhere',
      role: 'kiosk',
      site: 'site-nowhere',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'unknown_site' });
    expect((await world.admin.get<{ entries: unknown[] }>('/api/audit?limit=100')).body).toEqual(before);
  });
});

describe("a kiosk's feed is its own site's", () => {
  it("starts from its site's catalog, stock and details, and the program's directory", async () => {
    const views = (await snapshotOf(east.device)).body.views.map((record) => record.view as unknown as View);
    const keys = (kind: View['kind']) =>
      views.filter((view) => view.kind === kind).map((view) => ('id' in view ? view.id : ''));
    expect(keys('item')).toEqual([eastItem]);
    expect(keys('site')).toEqual([EAST]);
    expect(views.filter((view) => view.kind === 'stock')).toHaveLength(1);
    const main = (await snapshotOf(world.kiosk)).body.views.map((record) => record.view as unknown as View);
    expect(main.filter((view) => view.kind === 'item').map((view) => ('id' in view ? view.id : ''))).not.toContain(
      eastItem,
    );
    expect(main.filter((view) => view.kind === 'site').map((view) => ('id' in view ? view.id : ''))).toEqual([
      'site-main',
    ]);
  });

  it("pulls only its site's catalog and site ops", async () => {
    const page = (await pull(east.device, 0, '&limit=1000')).body;
    expect(page.ops.map((op) => op.type)).toEqual(['site.created', 'catalog.itemAdded']);
    expect(page.ops.every((op) => op.type === 'site.created' || op.site === EAST)).toBe(true);
  });
});

describe('who may write for which site', () => {
  const checkIn = (kiosk: ReturnType<typeof opBuilder>, site?: string) =>
    atSite(
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
      }),
      site,
    );

  it('takes a kiosk’s check-in for its own site and refuses one for another', async () => {
    const kiosk = opBuilder(east.id, null, Date.now());
    const stored = await push(east.device, [checkIn(kiosk, EAST), checkIn(kiosk)]);
    expect(stored.body.results.map((result) => result.reason ?? result.status)).toEqual(['accepted', 'site_mismatch']);
  });

  it('refuses an op naming a site that does not exist', async () => {
    const laptop = opBuilder(testId('laptop'), world.staffId, Date.now());
    const op = atSite(
      laptop.op({ type: 'stock.received', payload: { itemId: eastItem, quantity: 1, kind: 'donation' } }),
      'site-gone',
    );
    expect((await push(world.staff, [op])).body.results[0]?.reason).toBe('unknown_site');
  });

  it('limits a staff member to their sites: their ops elsewhere and pairing elsewhere are refused', async () => {
    const unknown = await world.admin.patch(`/api/staff/${world.staffId}`, { sites: ['site-gone'] });
    expect(unknown.status).toBe(400);
    const limited = await world.admin.patch<{ sites: string[] }>(`/api/staff/${world.staffId}`, { sites: [EAST] });
    expect(limited.body.sites).toEqual([EAST]);

    const laptop = opBuilder(testId('laptop'), world.staffId, Date.now());
    const received = (site?: string) =>
      atSite(laptop.op({ type: 'stock.received', payload: { itemId: eastItem, quantity: 1, kind: 'donation' } }), site);
    const stored = await push(world.staff, [received(EAST), received()]);
    expect(stored.body.results.map((result) => result.reason ?? result.status)).toEqual([
      'accepted',
      'site_not_allowed',
    ]);

    const elsewhere = await world.staff.post('/api/devices/pairings', { name: 'Main desk', role: 'staff' });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ error: 'site_not_allowed' });
    await world.admin.patch(`/api/staff/${world.staffId}`, { sites: [] });
  });
});
