/**
 * How many overdose reversals the kiosks of the site being worked on reported today, from this
 * device's op log (the report changes no view). Read again after every write and sync round, and
 * when the day changes.
 */
import { centerDay } from '../core/day.js';
import { reversalsReportedOn } from '../core/floor/reversals-today.js';
import { opsForSite } from '../core/reports/sites.js';
import { appOpStore } from '../sync/app-sync.js';
import { useNow } from '../ui/use-now.js';
import { workingSite } from './site-choice.js';
import { type Loaded, useViews } from './use-views.js';

export function useReversalsToday(): Loaded<number> {
  const day = centerDay(new Date(useNow(60_000)));
  const site = workingSite.value;
  return useViews(
    async () => reversalsReportedOn(opsForSite(await (await appOpStore()).allOps(), site), day),
    `reversals:${day}:${site}`,
  );
}
