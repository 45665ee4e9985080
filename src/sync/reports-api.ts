/** The reports API as the report page reads it: every figure for a range (of one site, or the program's), validated. */
import { ReportResponse } from '../core/reports/api.js';
import type { DayRange } from '../core/reports/range.js';
import type { SiteFilter } from '../core/sites/site.js';
import { apiRequest } from './http.js';

/** `?from&to` for a range, as the JSON and CSV routes take it; `&site` for one site's figures. */
export function rangeQuery(range: DayRange, site: SiteFilter = 'all'): string {
  const query: Record<string, string> = { from: range.from, to: range.to };
  if (site !== 'all') query.site = site;
  return new URLSearchParams(query).toString();
}

/** The published report for `range` (of `site`, or the program's) from the server. */
export function fetchReport(range: DayRange, site: SiteFilter = 'all') {
  return apiRequest('GET', `/api/reports?${rangeQuery(range, site)}`, { schema: ReportResponse });
}
