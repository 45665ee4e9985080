/**
 * Which site something belongs to. An op names its site in the envelope (`site`); an op without
 * one, and every op made before sites existed, is the default site's, so one center sees no change.
 */

/** The first site: the one the center was before sites existed (made once from CENTER). */
export const DEFAULT_SITE_ID = 'site-main';

/** A selector's site: one site's things, or every site's (`'all'`, what selectors did before sites). */
export type SiteFilter = string | 'all';

/** The site an op belongs to (for participant and card ops: where it happened, nothing more). */
export function siteOf(op: { readonly site?: string | undefined }): string {
  return op.site ?? DEFAULT_SITE_ID;
}

/**
 * The `site` field a view carries: none for the default site, so views of ops made before sites
 * (and of every op at a single center) are exactly what they were.
 */
export function siteField(site: string): { readonly site?: string } {
  return site === DEFAULT_SITE_ID ? {} : { site };
}

/** A view (or record) with its site field set to `site`: removed for the default site. */
export function withSite<V extends { readonly site?: string }>(view: V, site: string): V {
  const { site: _old, ...rest } = view;
  return { ...rest, ...siteField(site) } as V;
}

/** The site of a view or record that may carry one: a missing `site` is the default site. */
export function siteOfView(view: { readonly site?: string | undefined }): string {
  return view.site ?? DEFAULT_SITE_ID;
}

/** Whether something of site `site` (undefined: the default site) passes `filter`. */
export function inSite(view: { readonly site?: string | undefined }, filter: SiteFilter): boolean {
  return filter === 'all' || siteOfView(view) === filter;
}

/**
 * The site of a view that several ops write (stock, a conversation, calls): the smallest site id
 * among them, so it does not depend on the order ops arrive in (a new view takes the op's site).
 * Honest devices write one site per entity; the server is to refuse an op whose site differs.
 */
export function joinedSite(current: { readonly site?: string | undefined } | undefined, next: string): string {
  if (!current) return next;
  const known = siteOfView(current);
  return known < next ? known : next;
}
