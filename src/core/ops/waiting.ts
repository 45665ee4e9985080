/**
 * The waiting-time setting: after how many minutes a waiting request shows amber, then red.
 * An admin changes it with the hours; last writer wins, like every other setting.
 */
import { z } from '../schema.js';

const Minutes = z.number().int().min(1).max(600);

export const WaitThresholdsSet = z
  .object({
    /** A request waiting this many minutes or more shows amber ("Long wait"). */
    amberMinutes: Minutes,
    /** ... and red ("Very long wait") from this many; always later than amber. */
    redMinutes: Minutes,
  })
  .refine((value) => value.redMinutes > value.amberMinutes, 'red must come after amber');
export type WaitThresholdsSet = z.infer<typeof WaitThresholdsSet>;
