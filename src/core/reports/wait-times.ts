/**
 * Time from request to hand-out, per center day: the median and 90th percentile (nearest rank)
 * of the minutes between a request and its winning answer, over requests that handed something out.
 */
import type { ReportHistory } from './history.js';
import { nearestRank } from './percentiles.js';
import { type DayRange, daysInRange } from './range.js';

export interface WaitDay<C> {
  readonly day: string;
  /** Requests answered with a hand-out. */
  readonly handOuts: C;
  /** Whole minutes; null when nothing was handed out, suppressed when too few to publish. */
  readonly medianMinutes: number | null | C;
  readonly p90Minutes: number | null | C;
}

function wall(stamp: string): number {
  return Number(stamp.slice(0, 13));
}

/** Minutes waited by each request that handed something out, grouped by the request's day. */
export function waitMinutesByDay(history: ReportHistory, range: DayRange): Map<string, number[]> {
  const minutes = new Map<string, number[]>();
  for (const request of history.requests) {
    const outcome = request.outcome;
    if (!outcome || outcome.handedOut.length === 0) continue;
    const day = request.created.day;
    if (day < range.from || day > range.to) continue;
    const waited = Math.max(0, Math.round((wall(outcome.at) - wall(request.created.at)) / 60_000));
    minutes.set(day, [...(minutes.get(day) ?? []), waited]);
  }
  return minutes;
}

/** One row per day of the range. */
export function waitTimes(history: ReportHistory, range: DayRange): WaitDay<number>[] {
  const minutes = waitMinutesByDay(history, range);
  return daysInRange(range).map((day) => {
    const values = minutes.get(day) ?? [];
    return {
      day,
      handOuts: values.length,
      medianMinutes: nearestRank(values, 0.5),
      p90Minutes: nearestRank(values, 0.9),
    };
  });
}
