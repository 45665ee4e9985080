/**
 * How long a request has waited, in words and a level: under the amber threshold it is fine,
 * then amber ("long wait"), then red ("very long wait"). Defaults 15 and 30 minutes.
 */
import type { WaitThresholdsSet } from '../ops/waiting.js';

export type WaitThresholds = WaitThresholdsSet;
export type WaitLevel = 'ok' | 'amber' | 'red';

export const DEFAULT_WAIT_THRESHOLDS: WaitThresholds = { amberMinutes: 15, redMinutes: 30 };

/** Whole minutes waited between `since` and `now` (ms), never negative (a device clock may run ahead). */
export function minutesWaited(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

/** The level for that many whole minutes: amber from `amberMinutes`, red from `redMinutes`. */
export function waitLevel(minutes: number, thresholds: WaitThresholds = DEFAULT_WAIT_THRESHOLDS): WaitLevel {
  if (minutes >= thresholds.redMinutes) return 'red';
  if (minutes >= thresholds.amberMinutes) return 'amber';
  return 'ok';
}
