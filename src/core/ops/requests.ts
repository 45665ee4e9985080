/**
 * Request ops: what someone asked for at a visit, and how staff answered. The answer is one of
 * four final outcomes; the first one (by clock) wins when two devices answer the same request.
 */
import { z } from '../schema.js';
import { Day, Id, Note, Quantity } from './ids.js';
import { Ticket } from './visits.js';

export const RequestedItem = z.object({ itemId: Id, quantity: Quantity });
export type RequestedItem = z.infer<typeof RequestedItem>;

export const HandedOutItem = z.object({ itemId: Id, quantity: z.number().int().min(0).max(10_000) });
export type HandedOutItem = z.infer<typeof HandedOutItem>;

export const RequestCreated = z.object({
  requestId: Id,
  visitId: Id,
  day: Day,
  participantId: Id.nullable(),
  ticket: Ticket.nullable(),
  items: z
    .array(RequestedItem)
    .min(1, 'must ask for at least one thing')
    .max(40)
    .refine((items) => new Set(items.map((item) => item.itemId)).size === items.length, 'lists an item twice'),
});
export type RequestCreated = z.infer<typeof RequestCreated>;

/** Handed out what was asked (`partial: false`) or only some of it (`partial: true`). */
export const RequestFulfilled = z.object({
  requestId: Id,
  partial: z.boolean(),
  handedOut: z.array(HandedOutItem).max(40),
});
export type RequestFulfilled = z.infer<typeof RequestFulfilled>;

export const DeclineReason = z.enum(['outOfStock', 'limitReached', 'other']);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const RequestDeclined = z.object({ requestId: Id, reason: DeclineReason, note: Note.optional() });
export type RequestDeclined = z.infer<typeof RequestDeclined>;

export const RequestCancelled = z.object({ requestId: Id, note: Note.optional() });
export type RequestCancelled = z.infer<typeof RequestCancelled>;
