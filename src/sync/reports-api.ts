/** The reports API as the report page reads it: every figure for a range, validated. */
import { ReportResponse } from '../core/reports/api.js';
import type { DayRange } from '../core/reports/range.js';
import { apiRequest } from './http.js';

/** `?from&to` for a range, as the JSON and CSV routes take it. */
export function rangeQuery(range: DayRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}

/** The published report for `range` from the server. */
export function fetchReport(range: DayRange) {
  return apiRequest('GET', `/api/reports?${rangeQuery(range)}`, { schema: ReportResponse });
}
