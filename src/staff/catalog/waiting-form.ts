/** The waiting-times form: two typed minute counts read as one `settings.waitThresholdsSet`, or a problem. */
import type { WaitThresholds } from '../../core/floor/waiting.js';
import { WaitThresholdsSet } from '../../core/ops/waiting.js';

export interface WaitingFormValues {
  readonly amber: string;
  readonly red: string;
}

export function formFromThresholds(thresholds: WaitThresholds): WaitingFormValues {
  return { amber: String(thresholds.amberMinutes), red: String(thresholds.redMinutes) };
}

/** Whole minutes from 1 to 600, red after amber; the op schema is the rule. */
export function parseWaitingForm(values: WaitingFormValues): WaitThresholds | null {
  const minutes = (typed: string) => (/^\d{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);
  const parsed = WaitThresholdsSet.safeParse({ amberMinutes: minutes(values.amber), redMinutes: minutes(values.red) });
  return parsed.success ? parsed.data : null;
}
