/**
 * The last report this device fetched or computed, with its range and time, so the report page
 * can show it when the server cannot be reached. Figures only (small cells already suppressed).
 */
import { ReportResponse } from '../core/reports/api.js';
import { z } from '../core/schema.js';
import { readMeta, writeMeta } from './db.js';

const LastReport = z.object({
  report: ReportResponse,
  at: z.string(),
  source: z.enum(['server', 'device']),
});
/** A kept report: `source` says whether the server answered it or this device computed it. */
export type LastReport = z.infer<typeof LastReport>;

/** The kept report, or null when there is none or it no longer reads as a report. */
export async function getLastReport(): Promise<LastReport | null> {
  const parsed = LastReport.safeParse(await readMeta('lastReport'));
  return parsed.success ? parsed.data : null;
}

/** Keeps `last` in place of the one before. */
export async function keepLastReport(last: LastReport): Promise<void> {
  await writeMeta('lastReport', last);
}
