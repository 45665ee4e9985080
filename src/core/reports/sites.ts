/**
 * Reports of one site or of the whole program. Site-bound ops (visits, requests and their answers,
 * stock, the catalog, settings, talks, calls, reversals) count for their own site; participant,
 * card and site ops belong to the program and are kept for every site, so a person who visited
 * two sites is one participant in the program's report and one in each site's.
 */
import { settingsOf } from '../fold/selectors.js';
import type { View } from '../fold/views.js';
import type { Op } from '../ops/op.js';
import { DEFAULT_SITE_ID, inSite, type SiteFilter, siteOf, siteOfView } from '../sites/site.js';

/** Ops of the program, not of a site: a card works at every site, a site is the program's. */
export function isProgramOp(op: Pick<Op, 'type'>): boolean {
  return op.type.startsWith('participant.') || op.type.startsWith('card.') || op.type.startsWith('site.');
}

/** The ops a report of `site` is computed from (`'all'`: every op, the program's report). */
export function opsForSite(ops: Iterable<Op>, site: SiteFilter): Op[] {
  const kept: Op[] = [];
  for (const op of ops) if (site === 'all' || isProgramOp(op) || siteOf(op) === site) kept.push(op);
  return kept;
}

/** The views a report of `site` may start from (a staff device's own, see `reportHistory`). */
export function viewsForSite(views: ReadonlyMap<string, View>, site: SiteFilter): Map<string, View> {
  const kept = new Map<string, View>();
  for (const [key, view] of views) {
    if (view.kind === 'participant' || view.kind === 'site' || inSite(view, site)) kept.set(key, view);
  }
  return kept;
}

/**
 * The weekdays (0 is Sunday) the site opens on, by its current hours; for the program, the days
 * any of its sites opens.
 */
export function openingWeekdays(views: ReadonlyMap<string, View>, site: SiteFilter): Set<number> {
  const sites = new Set([site === 'all' ? DEFAULT_SITE_ID : site]);
  if (site === 'all') {
    for (const view of views.values()) {
      if (view.kind === 'site') sites.add(view.id);
      if (view.kind === 'settings') sites.add(siteOfView(view));
    }
  }
  const weekdays = new Set<number>();
  for (const id of sites) for (const slot of settingsOf(views, id).hours) weekdays.add(slot.weekday);
  return weekdays;
}
