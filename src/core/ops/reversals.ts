/**
 * An overdose reversal reported at the kiosk ("I used naloxone to help someone"): anonymous by
 * default, linked to a participant only when they choose to add it. California's naloxone
 * distribution program asks organisations how many reversals their kits made possible.
 */
import { z } from '../schema.js';
import { Day, Id } from './ids.js';

export const ReversalReported = z.object({
  reportId: Id,
  day: Day,
  /** Null unless the person chose to add their name to the report. */
  participantId: Id.nullable(),
  /** Whether they asked for a replacement kit (which is a request of its own). */
  replacementAsked: z.boolean(),
});
export type ReversalReported = z.infer<typeof ReversalReported>;
