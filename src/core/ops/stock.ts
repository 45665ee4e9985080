/**
 * Stock movement ops: the inventory is a ledger and these are its lines. Stock on hand is the sum
 * of their deltas; nothing overwrites a number in place.
 */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { Count, Id, Note, Quantity } from './ids.js';

export const StockReceived = z.object({
  itemId: Id,
  quantity: Quantity,
  kind: z.enum(['donation', 'purchase']),
  source: lineText(120).optional(),
  note: Note.optional(),
});
export type StockReceived = z.infer<typeof StockReceived>;

/** Handed out without a request (walk-up distribution). */
export const StockHandedOut = z.object({ itemId: Id, quantity: Quantity, note: Note.optional() });
export type StockHandedOut = z.infer<typeof StockHandedOut>;

export const AdjustReason = z.enum(['damaged', 'expired', 'lost', 'found', 'other']);
export type AdjustReason = z.infer<typeof AdjustReason>;

export const StockAdjusted = z.object({
  itemId: Id,
  delta: z
    .number()
    .int('must be a whole number')
    .min(-10_000)
    .max(10_000)
    .refine((delta) => delta !== 0, 'cannot be zero'),
  reason: AdjustReason,
  note: Note.optional(),
});
export type StockAdjusted = z.infer<typeof StockAdjusted>;

/**
 * A physical count of some or all items. `believed` is what the counting device showed when the
 * count was made; the fold applies `counted - believed`, so movements recorded elsewhere at the
 * same time are kept. Items not listed are not touched.
 */
export const CountedItem = z.object({ itemId: Id, counted: Count, believed: z.number().int() });
export type CountedItem = z.infer<typeof CountedItem>;

export const StockCounted = z.object({
  countId: Id,
  items: z
    .array(CountedItem)
    .min(1, 'must count at least one item')
    .max(500)
    .refine((items) => new Set(items.map((item) => item.itemId)).size === items.length, 'counts an item twice'),
  note: Note.optional(),
});
export type StockCounted = z.infer<typeof StockCounted>;
