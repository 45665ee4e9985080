/**
 * The program's sites as screens and reports read them: name, address and phone of each. The
 * default site falls back to CENTER for any field not folded yet (a device that has not received
 * the server's `site.created`), so a single center shows what it always showed.
 */
import { CENTER } from '../center.js';
import { valuesOf } from '../fold/register.js';
import { type SiteView, type View, viewKey } from '../fold/views.js';
import type { SiteFields } from '../ops/sites.js';
import { DEFAULT_SITE_ID } from './site.js';

export interface Site extends SiteFields {
  readonly id: string;
}

/** The first site as the center was before sites: what shows until its `site.created` arrives. */
export const CENTER_SITE: SiteFields = { name: CENTER.programName, address: CENTER.address, phone: CENTER.phone };

/** The site `siteId`, or null for a site not created yet (the default site always exists). */
export function siteDetails(views: ReadonlyMap<string, View>, siteId: string): Site | null {
  const view = views.get(viewKey('site', siteId)) as SiteView | undefined;
  const fields = view ? valuesOf<SiteFields>(view.fields) : {};
  if (siteId === DEFAULT_SITE_ID) return { ...CENTER_SITE, ...fields, id: siteId };
  if (!view?.created) return null;
  return { ...(fields as SiteFields), id: siteId };
}

/** Every site: the default site first, then the others by name (then id). */
export function sitesOf(views: ReadonlyMap<string, View>): Site[] {
  const others: Site[] = [];
  for (const view of views.values()) {
    if (view.kind !== 'site' || view.id === DEFAULT_SITE_ID) continue;
    const site = siteDetails(views, view.id);
    if (site) others.push(site);
  }
  others.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  return [siteDetails(views, DEFAULT_SITE_ID) as Site, ...others];
}
