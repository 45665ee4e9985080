/**
 * Which site ids name a site of this program: the first site always, any other once its
 * `site.created` op is stored. Devices and staff may only be placed at sites that exist.
 */
import { DEFAULT_SITE_ID } from '../../src/core/sites/site.js';
import type { Storage } from '../storage/types.js';

/** The ids among `sites` that name no site, in the order given. */
export async function unknownSites(storage: Storage, sites: readonly string[]): Promise<string[]> {
  const unknown: string[] = [];
  for (const site of new Set(sites)) {
    if (site === DEFAULT_SITE_ID) continue;
    const view = await storage.ops.findView(`site:${site}`);
    if (view?.kind !== 'site') unknown.push(site);
  }
  return unknown;
}

/** Whether `staff` (with its site list; empty: every site) may act for `site`. */
export function staffMayActFor(staff: { readonly sites: readonly string[] }, site: string): boolean {
  return staff.sites.length === 0 || staff.sites.includes(site);
}
