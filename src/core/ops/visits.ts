/** Visit ops: someone checked in at the center, a participant (by card, name or staff) or a visitor. */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { Day, Id } from './ids.js';

/** A short number called out loud, e.g. "A-17": a device letter and a counter for the day. */
export const Ticket = z
  .string()
  .regex(/^[A-Z]{1,2}-\d{1,4}$/, 'must look like A-17')
  .max(7);

const visitCommon = {
  visitId: Id,
  day: Day,
  ticket: Ticket.nullable(),
};

export const VisitCheckedIn = z.discriminatedUnion('who', [
  z.object({
    ...visitCommon,
    who: z.literal('participant'),
    participantId: Id,
    method: z.enum(['card', 'name', 'staff']),
  }),
  z.object({
    ...visitCommon,
    who: z.literal('visitor'),
    /** Optional first name a community visitor chose to give. */
    name: lineText(60).nullable(),
  }),
]);
export type VisitCheckedIn = z.infer<typeof VisitCheckedIn>;
