/**
 * Which site the console works on: the sites an account may pick, the site worked on when the
 * choice, the device's site and the known sites disagree, ops stamped with it, and account sites.
 */
import { describe, expect, it } from 'vitest';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import {
  accountSites,
  draftsForSite,
  resolveWorkingSite,
  sameSites,
  sitesToWorkOn,
} from '../../../src/staff/sites/site-scope.js';

const site = (id: string, name: string) => ({ id, name, address: '1 Main St', phone: '555-0100' });
const MAIN = site(DEFAULT_SITE_ID, 'LEAD Hollywood');
const EAST = site('site_east0001', 'LEAD East');
const WEST = site('site_west0001', 'LEAD West');
const ALL = [MAIN, EAST, WEST];

describe('sitesToWorkOn', () => {
  it('gives every site to an account limited to none, and only its own sites (in program order) otherwise', () => {
    expect(sitesToWorkOn(ALL, [])).toEqual(ALL);
    expect(sitesToWorkOn(ALL, [WEST.id, EAST.id])).toEqual([EAST, WEST]);
    expect(sitesToWorkOn(ALL, ['site_gone0001'])).toEqual([]);
  });
});

describe('resolveWorkingSite', () => {
  it('is the default site when nothing was chosen and the browser is not paired at a site', () => {
    expect(resolveWorkingSite(null, null, null)).toBe(DEFAULT_SITE_ID);
    expect(resolveWorkingSite(null, null, ALL)).toBe(DEFAULT_SITE_ID);
  });

  it("takes the choice first, then the device's own site", () => {
    expect(resolveWorkingSite(WEST.id, EAST.id, ALL)).toBe(WEST.id);
    expect(resolveWorkingSite(null, EAST.id, ALL)).toBe(EAST.id);
  });

  it('keeps the choice while the sites are not read yet (or none is known for the account)', () => {
    expect(resolveWorkingSite(WEST.id, null, null)).toBe(WEST.id);
    expect(resolveWorkingSite(WEST.id, null, [])).toBe(WEST.id);
  });

  it("takes one of the account's sites while this device does not know them yet", () => {
    expect(resolveWorkingSite(null, null, [], [EAST.id, WEST.id])).toBe(EAST.id);
    expect(resolveWorkingSite(WEST.id, null, null, [EAST.id, WEST.id])).toBe(WEST.id);
    expect(resolveWorkingSite(null, WEST.id, [], [EAST.id, WEST.id])).toBe(WEST.id);
  });

  it("falls back to the device's site, then the first site, when the choice is not one the person may work on", () => {
    expect(resolveWorkingSite(WEST.id, EAST.id, [MAIN, EAST])).toBe(EAST.id);
    expect(resolveWorkingSite(WEST.id, null, [EAST])).toBe(EAST.id);
    expect(resolveWorkingSite(null, MAIN.id, [EAST, WEST])).toBe(EAST.id);
  });
});

describe('draftsForSite', () => {
  const received: OpDraft = {
    type: 'stock.received',
    payload: { itemId: 'item_socks001', quantity: 3, kind: 'donation' },
  };

  it('names the default site too, so a laptop paired elsewhere still writes the first site’s ops', () => {
    // The store leaves the field out of default-site ops (site-ops.test.ts), so a single center
    // still writes exactly the ops it did.
    expect(draftsForSite([received], DEFAULT_SITE_ID)).toEqual([{ ...received, site: DEFAULT_SITE_ID }]);
  });

  it('names another site in each draft, but not in one that already names its own', () => {
    const own: OpDraft = { ...received, site: WEST.id };
    expect(draftsForSite([received, own], EAST.id)).toEqual([{ ...received, site: EAST.id }, own]);
  });
});

describe('account sites', () => {
  it('saves the ticked sites in program order; none ticked is every site', () => {
    expect(accountSites(ALL, new Set([WEST.id, MAIN.id]))).toEqual([MAIN.id, WEST.id]);
    expect(accountSites(ALL, new Set())).toEqual([]);
    // A site ticked that is no longer in the program's list is not saved.
    expect(accountSites(ALL, new Set(['site_gone0001', EAST.id]))).toEqual([EAST.id]);
  });

  it('compares two lists by the sites they name', () => {
    expect(sameSites([EAST.id, WEST.id], [WEST.id, EAST.id])).toBe(true);
    expect(sameSites([], [])).toBe(true);
    expect(sameSites([EAST.id], [EAST.id, WEST.id])).toBe(false);
    expect(sameSites([EAST.id], [WEST.id])).toBe(false);
  });
});
