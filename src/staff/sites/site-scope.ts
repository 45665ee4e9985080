/**
 * Which site the staff console works on, as pure rules: the sites a person may pick (their
 * account's sites, or every site), the site actually worked on, and ops stamped with it.
 */
import type { OpDraft } from '../../core/ops/op.js';
import { DEFAULT_SITE_ID } from '../../core/sites/site.js';
import type { Site } from '../../core/sites/sites.js';

/** The sites someone limited to `allowed` may work on (an empty list: every site), in `sites`' order. */
export function sitesToWorkOn(sites: readonly Site[], allowed: readonly string[]): Site[] {
  if (allowed.length === 0) return [...sites];
  return sites.filter((site) => allowed.includes(site.id));
}

/**
 * The site being worked on: what this browser chose, else the device's own site, else the
 * default site; but always one the person may work on (the device's own, else the first): one of
 * `options` once the sites are read, else one of the account's `allowed` sites (empty: any), so a
 * console never works on a site the person may not act for or that is gone.
 */
export function resolveWorkingSite(
  choice: string | null,
  deviceSite: string | null,
  options: readonly Pick<Site, 'id'>[] | null,
  allowed: readonly string[] = [],
): string {
  const preferred = choice ?? deviceSite ?? DEFAULT_SITE_ID;
  // Before this device has the account's sites, the account still says which it may act for.
  const ids = options && options.length > 0 ? options.map((site) => site.id) : allowed;
  if (ids.length === 0 || ids.includes(preferred)) return preferred;
  if (deviceSite && ids.includes(deviceSite)) return deviceSite;
  return ids[0] as string;
}

/** The drafts as ops of `site`, written into each draft that names no site of its own. */
export function draftsForSite(drafts: readonly OpDraft[], site: string): OpDraft[] {
  // Named even for the default site: on a laptop paired at another site, a draft without a site
  // would be that device's site's. The store leaves the field out of default-site ops.
  return drafts.map((draft) => (draft.site === undefined ? { ...draft, site } : draft));
}

/**
 * An account's sites as saved: the ticked ones in the program's order. None ticked means every
 * site (also those added later), the same as an account never limited.
 */
export function accountSites(sites: readonly Pick<Site, 'id'>[], ticked: ReadonlySet<string>): string[] {
  return sites.filter((site) => ticked.has(site.id)).map((site) => site.id);
}

/** Whether two site lists name the same sites (order aside). */
export function sameSites(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((id) => left.has(id));
}
