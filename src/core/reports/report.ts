/**
 * Every report figure for a range of center days, computed from the op log. The server runs it
 * over its database and a staff device over its own store: the same numbers either way.
 */
import type { View } from '../fold/views.js';
import type { Op } from '../ops/op.js';
import type { SiteFilter } from '../sites/site.js';
import { type CategoryTotal, type HandedOutRow, handedOut, handedOutByCategory } from './handed-out.js';
import { type HarmReductionPack, harmReductionPack } from './harm-reduction.js';
import { reportHistory } from './history.js';
import { type DayRange, daysInRange } from './range.js';
import { type StockSeries, stockOverTime } from './stock-over-time.js';
import { type TalkRow, talksByTopic } from './talks.js';
import { type UnmetRow, unmetNeed } from './unmet-need.js';
import { type PeopleServed, peopleServed, type VisitDay, visitsPerDay } from './visits.js';
import { type WaitDay, waitTimes } from './wait-times.js';

/** All figures; `C` is `number` before small-cell suppression and `CellCount` after. */
export interface Report<C> {
  readonly range: DayRange;
  /** The x axis of every per-day series. */
  readonly days: readonly string[];
  readonly visits: readonly VisitDay<C>[];
  readonly people: PeopleServed<C>;
  readonly handedOut: readonly HandedOutRow<C>[];
  readonly handedOutByCategory: readonly CategoryTotal<C>[];
  readonly unmetNeed: readonly UnmetRow<C>[];
  readonly stock: readonly StockSeries[];
  readonly waitTimes: readonly WaitDay<C>[];
  readonly talks: readonly TalkRow<C>[];
  readonly harmReduction: HarmReductionPack<C>;
}

/**
 * The exact figures; publish them only through `publishReport` (small cells). `views`: a staff
 * device's own views, when its op log does not reach back to the start (see `reportHistory`).
 * `site`: one site's report, or the program's (`'all'`, what the report was before sites).
 */
export function computeReport(
  ops: Iterable<Op>,
  range: DayRange,
  views?: ReadonlyMap<string, View>,
  site: SiteFilter = 'all',
): Report<number> {
  const history = reportHistory(ops, views, site);
  const handed = handedOut(history, range);
  return {
    range,
    days: daysInRange(range),
    visits: visitsPerDay(history, range),
    people: peopleServed(history, range),
    handedOut: handed,
    handedOutByCategory: handedOutByCategory(handed),
    unmetNeed: unmetNeed(history, range),
    stock: stockOverTime(history, range),
    waitTimes: waitTimes(history, range),
    talks: talksByTopic(history, range),
    harmReduction: harmReductionPack(history, range, handed),
  };
}
