/** How both engines store the sites a staff member may act for: one sorted JSON array, no repeats. */

/** The stored text for `sites` (empty: every site). */
export function siteListOf(sites: readonly string[]): string {
  return JSON.stringify([...new Set(sites)].sort());
}
