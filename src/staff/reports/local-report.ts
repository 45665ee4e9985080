/**
 * Report figures computed on this staff device from its own store, for when the server cannot
 * be reached: the same core functions the server runs, over the local op log and views.
 */

import { publishReport } from '../../core/reports/publish.js';
import type { DayRange } from '../../core/reports/range.js';
import { computeReport, type Report } from '../../core/reports/report.js';
import type { CellCount } from '../../core/reports/small-cells.js';
import type { SiteFilter } from '../../core/sites/site.js';
import type { OpStore } from '../../store/op-store.js';

export interface LocalReport {
  readonly report: Report<CellCount>;
  /** When it was computed (ISO), to show beside an offline result. */
  readonly computedAt: string;
}

/**
 * The published report for `range` (of `site`, or the program's) from the device's store. A device that started from a
 * snapshot lacks the ops before it: its stock levels, walk-up hand-outs and reversal reports
 * start there (visits, requests and talks come from its views, which hold everything).
 */
export async function computeLocalReport(
  store: Pick<OpStore, 'allOps' | 'allViews'>,
  range: DayRange,
  now: () => Date = () => new Date(),
  site: SiteFilter = 'all',
): Promise<LocalReport> {
  const [ops, views] = await Promise.all([store.allOps(), store.allViews()]);
  return { report: publishReport(computeReport(ops, range, views, site)), computedAt: now().toISOString() };
}
