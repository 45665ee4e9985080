/**
 * How many overdose reversals the kiosks reported today, from this device's op log (the report
 * changes no view). Read again after every write and sync round, and when the day changes.
 */
import { centerDay } from '../core/day.js';
import { reversalsReportedOn } from '../core/floor/reversals-today.js';
import { appOpStore } from '../sync/app-sync.js';
import { useNow } from '../ui/use-now.js';
import { type Loaded, useViews } from './use-views.js';

export function useReversalsToday(): Loaded<number> {
  const day = centerDay(new Date(useNow(60_000)));
  return useViews(async () => reversalsReportedOn(await (await appOpStore()).allOps(), day), `reversals:${day}`);
}
