/**
 * Several stock lines in one op: a mixed box received, or a walk-up hand-out of several items.
 * One op is stored, synced and acknowledged whole, so a box is never half on the shelf.
 */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { Id, Note, Quantity } from './ids.js';

/** One item of a batch and how many of it. */
export const BatchLine = z.object({ itemId: Id, quantity: Quantity });
export type BatchLine = z.infer<typeof BatchLine>;

/** At most this many lines in one batch (the whole catalog fits with room to spare). */
export const MAX_BATCH_LINES = 200;

const batchLines = z
  .array(BatchLine)
  .min(1, 'must list at least one item')
  .max(MAX_BATCH_LINES)
  .refine((lines) => new Set(lines.map((line) => line.itemId)).size === lines.length, 'lists an item twice');

/** Where a received box came from: a donation, a purchase, or a transfer from another site or store. */
export const BatchSource = z.enum(['donation', 'purchase', 'transfer']);
export type BatchSource = z.infer<typeof BatchSource>;

export const StockBatchReceived = z.object({
  batchId: Id,
  kind: BatchSource,
  /** Who gave it or where it came from (a donor, a shop, the other site). */
  source: lineText(120).optional(),
  note: Note.optional(),
  lines: batchLines,
});
export type StockBatchReceived = z.infer<typeof StockBatchReceived>;

/** Several items handed out without a request (someone at the door, outreach). */
export const StockBatchHandedOut = z.object({
  batchId: Id,
  note: Note.optional(),
  lines: batchLines,
});
export type StockBatchHandedOut = z.infer<typeof StockBatchHandedOut>;
