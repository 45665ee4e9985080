/**
 * Where the report page's figures come from: the server when it answers (kept on this device);
 * otherwise the last kept result for the same range, or figures computed over this device's
 * own store (partial when the device started from a snapshot). Only the program's report is
 * kept: a kept report does not say its site, so one site's is computed here when offline.
 */
import type { ReportResponse } from '../../core/reports/api.js';
import type { DayRange } from '../../core/reports/range.js';
import type { SiteFilter } from '../../core/sites/site.js';
import { getLastReport, keepLastReport } from '../../store/last-report.js';
import { appOpStore } from '../../sync/app-sync.js';
import { fetchReport } from '../../sync/reports-api.js';
import { computeLocalReport } from './local-report.js';

export type LoadedReport =
  | { readonly status: 'server'; readonly report: ReportResponse }
  /** The server did not answer: `kept` is the last result, `device` one computed here now. */
  | {
      readonly status: 'kept' | 'device';
      readonly report: ReportResponse;
      readonly at: string;
      readonly source: 'server' | 'device';
    }
  /** Neither the server nor this device could give figures (`message`: the server's words). */
  | { readonly status: 'failed'; readonly message: string | null };

const sameRange = (a: DayRange, b: DayRange) => a.from === b.from && a.to === b.to;

/** The figures for `range` (of `site`, or the program's), from the best place that can give them. */
export async function loadReport(
  range: DayRange,
  now: () => Date = () => new Date(),
  site: SiteFilter = 'all',
): Promise<LoadedReport> {
  const program = site === 'all';
  const answer = await fetchReport(range, site);
  if (answer.ok) {
    if (program) {
      await keepLastReport({ report: answer.value, at: now().toISOString(), source: 'server' }).catch(() => undefined);
    }
    return { status: 'server', report: answer.value };
  }
  // A refusal (a bad range, signed out) is the server's word, not a reason to show old figures.
  if (answer.status !== 0) return { status: 'failed', message: answer.message };
  const kept = program ? await getLastReport().catch(() => null) : null;
  if (kept && sameRange(kept.report.range, range)) return { status: 'kept', ...kept };
  try {
    const local = await computeLocalReport(await appOpStore(), range, now, site);
    const report = local.report as unknown as ReportResponse;
    if (program) await keepLastReport({ report, at: local.computedAt, source: 'device' }).catch(() => undefined);
    return { status: 'device', report, at: local.computedAt, source: 'device' };
  } catch {
    return kept ? { status: 'kept', ...kept } : { status: 'failed', message: null };
  }
}
