/**
 * Calling a number: staff call a waiting request's ticket to the lobby display, call it again, or
 * note that nobody answered. Keyed by the request, so a request and a conversation are called alike.
 */
import { z } from '../schema.js';
import { Day, Id } from './ids.js';
import { Ticket } from './visits.js';

/** Staff called this request's number (again, if it was called before). */
export const TicketCalled = z.object({ requestId: Id, ticket: Ticket, day: Day });
export type TicketCalled = z.infer<typeof TicketCalled>;

/** Nobody came for the number; it leaves the lobby display until it is called again. */
export const TicketNotAnswered = z.object({ requestId: Id });
export type TicketNotAnswered = z.infer<typeof TicketNotAnswered>;
