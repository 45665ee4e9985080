/** Identifier and small value shapes shared by every op payload. */
import { z } from '../schema.js';
import { noteText } from '../text.js';

/** Client-generated ids: 8–64 URL-safe characters (the store uses 128 random bits). */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, "-" or "_"')
  .max(64)
  .describe('A client-generated id');
export type Id = z.infer<typeof Id>;

/** A calendar day at the center (America/Los_Angeles), YYYY-MM-DD. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD')
  .max(10);

/** An ISO 8601 date-time in UTC; bounded, since the format allows any number of fraction digits. */
export const IsoDateTime = z.iso.datetime().max(40);

/** Free text from staff (why stock was adjusted, why a request was declined): line breaks allowed. */
export const Note = noteText(500);

/** A count of things: a whole number, not absurdly large (a typo guard, not a business limit). */
export const Quantity = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(10_000, 'must be at most 10,000');
export const Count = z.number().int('must be a whole number').min(0, 'cannot be negative').max(100_000);
