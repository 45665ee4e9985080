/**
 * Ticket numbers called out at the counter, e.g. "A-17": the device's letter (unique among paired
 * devices) and its own counter for the center day, so two offline kiosks never hand out the same
 * number. The counter starts again at 1 each day.
 */
import { z } from '../schema.js';

export const TicketCounter = z.object({ day: z.string(), last: z.number().int().min(0) });
export type TicketCounter = z.infer<typeof TicketCounter>;

/** The highest counter a ticket can carry (the op schema allows four digits). */
export const MAX_TICKET_NUMBER = 9999;

/** The counter after handing out the next ticket on `day` (a stored counter from another day is ignored). */
export function nextTicketCounter(stored: unknown, day: string): TicketCounter {
  const parsed = TicketCounter.safeParse(stored);
  const last = parsed.success && parsed.data.day === day ? parsed.data.last : 0;
  // Past 9999 in one day something is wrong; wrapping keeps tickets valid and still short.
  return { day, last: last >= MAX_TICKET_NUMBER ? 1 : last + 1 };
}

export function formatTicket(letter: string, counter: number): string {
  return `${letter}-${counter}`;
}
