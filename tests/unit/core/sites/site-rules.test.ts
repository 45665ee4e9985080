/** Site ops and views: who may make them, how they parse, where settings live, what a new site starts with. */
import { describe, expect, it } from 'vitest';
import { CENTER, DEFAULT_OPENING_HOURS } from '../../../../src/core/center.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import { catalogItems, settingsOf, stockLevels } from '../../../../src/core/fold/selectors.js';
import { settingsKey } from '../../../../src/core/fold/views.js';
import { isAdminOpType, KIOSK_OP_TYPES, Op } from '../../../../src/core/ops/op.js';
import { defaultSiteOps } from '../../../../src/core/sites/default-site.js';
import { DEFAULT_SITE_ID, siteOf } from '../../../../src/core/sites/site.js';
import { siteDetails, sitesOf } from '../../../../src/core/sites/sites.js';
import { TEST_ITEM } from '../../../support/op-factory.js';
import { siteBuilder } from './site-builder.js';

const EAST = 'site-east-01';
const admin = siteBuilder('device_admin_1', 'staff_ana', null);
const eastAdmin = siteBuilder('device_admin_2', 'staff_ana', EAST);
const createEast = () =>
  admin.op({
    type: 'site.created',
    payload: { siteId: EAST, name: 'LEAD East', address: '1 Main St, Los Angeles', phone: '323-555-0100' },
  });

describe('site ops', () => {
  it('parse with and without an envelope site, and refuse a site that is not an id', () => {
    const op = createEast();
    expect(Op.parse(op)).toEqual(op);
    expect(Op.parse({ ...op, site: EAST }).site).toBe(EAST);
    expect(Op.safeParse({ ...op, site: 'x' }).success).toBe(false);
    expect(Op.safeParse({ ...op, site: null }).success).toBe(false);
  });

  it('refuse an update that changes nothing, an empty name and a name on two lines', () => {
    const update = (changes: object) =>
      Op.safeParse(admin.op({ type: 'site.updated', payload: { siteId: EAST, changes } } as never)).success;
    expect(update({ phone: '323-555-0199' })).toBe(true);
    expect(update({})).toBe(false);
    expect(update({ name: '   ' })).toBe(false);
    expect(update({ name: 'LEAD\nEast' })).toBe(false);
  });

  it('are for admins only, and never a kiosk', () => {
    expect(isAdminOpType('site.created')).toBe(true);
    expect(isAdminOpType('site.updated')).toBe(true);
    expect(KIOSK_OP_TYPES.has('site.created')).toBe(false);
    // Unchanged: opening the kiosks for an event stays a floor decision.
    expect(isAdminOpType('settings.openOverrideSet')).toBe(false);
  });

  it('name the default site when an op carries no site', () => {
    expect(siteOf(createEast())).toBe(DEFAULT_SITE_ID);
    expect(siteOf({ ...createEast(), site: EAST })).toBe(EAST);
  });
});

describe('the site view', () => {
  it('holds the created fields, then each change on its own, latest by clock', () => {
    const at = (minute: number) => ({ now: Date.UTC(2026, 11, 1, 18, minute) });
    const created = admin.op(
      {
        type: 'site.created',
        payload: { siteId: EAST, name: 'LEAD East', address: '1 Main St, Los Angeles', phone: '323-555-0100' },
      },
      at(0),
    );
    const rename = eastAdmin.op(
      { type: 'site.updated', payload: { siteId: EAST, changes: { name: 'LEAD Eastside' } } },
      at(5),
    );
    const phone = admin.op(
      { type: 'site.updated', payload: { siteId: EAST, changes: { phone: '323-555-0142' } } },
      at(3),
    );
    const renameBack = admin.op(
      { type: 'site.updated', payload: { siteId: EAST, changes: { name: 'LEAD East' } } },
      at(4),
    );
    const expected = { id: EAST, name: 'LEAD Eastside', address: '1 Main St, Los Angeles', phone: '323-555-0142' };
    expect(siteDetails(foldOps([created, phone, renameBack, rename]), EAST)).toEqual(expected);
    expect(siteDetails(foldOps([rename, renameBack, phone, created]), EAST)).toEqual(expected);
  });

  it('is unknown until the site is created; the default site falls back to the center', () => {
    const update = admin.op({ type: 'site.updated', payload: { siteId: EAST, changes: { name: 'LEAD East' } } });
    expect(siteDetails(foldOps([update]), EAST)).toBeNull();
    expect(siteDetails(foldOps([]), DEFAULT_SITE_ID)).toEqual({
      id: DEFAULT_SITE_ID,
      name: CENTER.programName,
      address: CENTER.address,
      phone: CENTER.phone,
    });
    expect(sitesOf(foldOps([update])).map((site) => site.id)).toEqual([DEFAULT_SITE_ID]);
  });

  it('lists the default site first, then the others by name', () => {
    const west = admin.op({
      type: 'site.created',
      payload: { siteId: 'site-west-01', name: 'Ardmore', address: '2 Side St', phone: '323-555-0111' },
    });
    expect(sitesOf(foldOps([createEast(), west])).map((site) => site.name)).toEqual([
      CENTER.programName,
      'Ardmore',
      'LEAD East',
    ]);
  });
});

describe('the default site op', () => {
  const [op] = defaultSiteOps('0123456789abcdef0123456789abcdef', new Date('2026-12-01T18:00:00Z'));

  it('is a valid op the server makes, with a device id of its own', () => {
    expect(Op.parse(op)).toEqual(op);
    expect(op?.actor).toBeNull();
    expect(op?.deviceId).not.toBe('srv_0123456789abcdef0123456789abcdef');
  });

  it('creates the default site from the center, exactly as the fallback shows it', () => {
    const views = foldOps(op ? [op] : []);
    expect(siteDetails(views, DEFAULT_SITE_ID)).toEqual(siteDetails(foldOps([]), DEFAULT_SITE_ID));
    expect(views.get(`site:${DEFAULT_SITE_ID}`)).toMatchObject({ created: { opId: op?.id } });
  });
});

describe('settings and the catalog by site', () => {
  it('keeps the default site under "settings" and another under "settings:<id>"', () => {
    expect(settingsKey(DEFAULT_SITE_ID)).toBe('settings');
    expect(settingsKey(EAST)).toBe(`settings:${EAST}`);
  });

  it('gives each site its own hours; a new site has none until an admin sets them', () => {
    const eastHours = [{ weekday: 2, opens: '09:00', closes: '12:00' }];
    const views = foldOps([eastAdmin.op({ type: 'settings.hoursSet', payload: { hours: eastHours } })]);
    expect(settingsOf(views, EAST).hours).toEqual(eastHours);
    expect(settingsOf(views).hours).toEqual(DEFAULT_OPENING_HOURS);
    expect(settingsOf(foldOps([]), 'site-west-01').hours).toEqual([]);
    expect(views.get(settingsKey(EAST))).toMatchObject({ kind: 'settings', site: EAST });
    expect(views.has('settings')).toBe(false);
  });

  it('starts a new site with an empty catalog and keeps each site its own items and stock', () => {
    const views = foldOps([
      admin.op({ type: 'catalog.itemAdded', payload: { itemId: 'item_blanket', item: TEST_ITEM } }),
      admin.op({ type: 'stock.received', payload: { itemId: 'item_blanket', quantity: 4, kind: 'donation' } }),
      eastAdmin.op({ type: 'catalog.itemAdded', payload: { itemId: 'item_east_tarp', item: TEST_ITEM } }),
      eastAdmin.op({ type: 'stock.received', payload: { itemId: 'item_east_tarp', quantity: 9, kind: 'donation' } }),
    ]);
    expect(catalogItems(views, 'site-west-01')).toEqual([]);
    expect(catalogItems(views, EAST).map((item) => item.id)).toEqual(['item_east_tarp']);
    expect(catalogItems(views, DEFAULT_SITE_ID).map((item) => item.id)).toEqual(['item_blanket']);
    expect(catalogItems(views).map((item) => item.id)).toEqual(['item_blanket', 'item_east_tarp']);
    expect([...stockLevels(views, EAST)]).toEqual([['item_east_tarp', 9]]);
    expect(stockLevels(views).size).toBe(2);
  });
});

describe('two sites answering one request while apart', () => {
  it('put the stock where each answer was made, whichever arrives first', () => {
    const kiosk = siteBuilder('device_kiosk_2', null, EAST);
    const west = siteBuilder('device_staff_9', 'staff_sam', 'site-west-01');
    const created = kiosk.op({
      type: 'request.created',
      payload: {
        requestId: 'request_0001',
        visitId: 'visit_0001',
        day: '2026-12-01',
        participantId: null,
        ticket: 'A-1',
        items: [{ itemId: 'item_blanket', quantity: 1 }],
      },
    });
    // The cancellation (east) is the earlier answer and wins; the west hand-out is taken back.
    const cancelled = eastAdmin.op(
      { type: 'request.cancelled', payload: { requestId: 'request_0001' } },
      { now: Date.UTC(2026, 11, 1, 20, 0) },
    );
    const fulfilled = west.op(
      {
        type: 'request.fulfilled',
        payload: { requestId: 'request_0001', partial: false, handedOut: [{ itemId: 'item_blanket', quantity: 1 }] },
      },
      { now: Date.UTC(2026, 11, 1, 20, 1) },
    );
    const one = foldOps([created, cancelled, fulfilled]);
    expect(foldOps([created, fulfilled, cancelled])).toEqual(one);
    expect(foldOps([fulfilled, created, cancelled])).toEqual(one);
    expect(one.get('request:request_0001')).toMatchObject({ site: EAST, outcome: { type: 'cancelled', site: EAST } });
    expect(one.get('stock:item_blanket')).toEqual({
      kind: 'stock',
      itemId: 'item_blanket',
      onHand: 0,
      lines: 0,
      site: 'site-west-01',
    });
  });
});
