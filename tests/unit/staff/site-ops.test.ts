/**
 * Ops the console makes for the site being worked on, in a device store (fake IndexedDB): they
 * name that site and so do their views, default-site ops stay as they were, and the report this
 * device computes for one site counts only that site's visits.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogItems, stockLevels } from '../../../src/core/fold/selectors.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import { computeLocalReport } from '../../../src/staff/reports/local-report.js';
import { draftsForSite } from '../../../src/staff/sites/site-scope.js';
import {
  closeAll,
  freshIndexedDb,
  KIOSK,
  openDevice,
  received,
  STAFF,
  testClock,
  visitorCheckIn,
} from '../store/fixtures.js';

const EAST = 'site_east0001';
const DAY = '2026-01-07';
const item = (itemId: string) => ({
  type: 'catalog.itemAdded' as const,
  payload: {
    itemId,
    item: {
      names: { en: itemId },
      icon: 'socks',
      category: 'clothing' as const,
      kind: 'tracked' as const,
      unit: null,
      minimum: null,
      perVisitLimit: null,
      discreet: false,
      position: 10,
      retired: false,
    },
  },
});
const visitor = (n: number) => visitorCheckIn(n, DAY);

beforeEach(async () => {
  await freshIndexedDb();
});
afterEach(async () => {
  await closeAll();
});

describe('ops for the site being worked on', () => {
  it("name that site, and its catalog and stock are that site's; the default site's ops carry no site", async () => {
    const { store } = await openDevice('laptop');
    const east = await store.recordAll(
      draftsForSite([item('item_east0001'), received('item_east0001', 4)], EAST),
      STAFF,
    );
    const main = await store.recordAll(
      draftsForSite([item('item_main0001'), received('item_main0001', 2)], DEFAULT_SITE_ID),
      STAFF,
    );
    expect(east.map((op) => op.site)).toEqual([EAST, EAST]);
    expect(main.every((op) => !('site' in op))).toBe(true);
    // On a laptop paired at the east site, work on the first site is still the first site's.
    const fromEastLaptop = await store.recordAll(draftsForSite([received('item_main0001', 1)], DEFAULT_SITE_ID), {
      ...STAFF,
      site: EAST,
    });
    expect(fromEastLaptop.every((op) => !('site' in op))).toBe(true);
    const views = await store.allViews();
    expect(catalogItems(views, EAST).map((entry) => entry.id)).toEqual(['item_east0001']);
    expect(catalogItems(views, DEFAULT_SITE_ID).map((entry) => entry.id)).toEqual(['item_main0001']);
    expect([...stockLevels(views, EAST)]).toEqual([['item_east0001', 4]]);
  });
});

describe("this device's report of one site", () => {
  it("counts that site's visits only; all sites together count both", async () => {
    const { store } = await openDevice('laptop', testClock(Date.parse(`${DAY}T20:00:00Z`)));
    for (let n = 1; n <= 6; n += 1) await store.recordAll(draftsForSite([visitor(n)], EAST), KIOSK);
    for (let n = 7; n <= 11; n += 1) await store.recordAll(draftsForSite([visitor(n)], DEFAULT_SITE_ID), KIOSK);
    const range = { from: DAY, to: DAY };
    const east = await computeLocalReport(store, range, undefined, EAST);
    const main = await computeLocalReport(store, range, undefined, DEFAULT_SITE_ID);
    const all = await computeLocalReport(store, range);
    expect(east.report.visits[0]).toMatchObject({ visitors: 6, total: 6 });
    expect(main.report.visits[0]).toMatchObject({ visitors: 5, total: 5 });
    expect(all.report.visits[0]).toMatchObject({ visitors: 11, total: 11 });
  });
});
