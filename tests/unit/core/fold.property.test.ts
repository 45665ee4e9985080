import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import { type StockOp, stockDeltasOf } from '../../../src/core/fold/stock.js';
import { compareOps, type Op } from '../../../src/core/ops/op.js';
import { opBuilder } from '../../support/op-factory.js';
import { deliveriesArb, draftArb, ITEMS, opsFromDevicesArb } from './op-arbitraries.js';

const RUNS = { numRuns: 300 };

/** The stock each item should have, computed the slow, obvious way from the whole set of ops. */
function expectedStock(ops: readonly Op[]): Map<string, number> {
  const unique = [...new Map(ops.map((op) => [op.id, op])).values()];
  const totals = new Map<string, number>();
  const add = (itemId: string, delta: number) => totals.set(itemId, (totals.get(itemId) ?? 0) + delta);
  for (const op of unique)
    if (op.type.startsWith('stock.')) for (const line of stockDeltasOf(op as StockOp)) add(line.itemId, line.delta);
  // Per request, only the earliest final answer by clock hands anything out.
  const answers = unique.filter((op) =>
    ['request.fulfilled', 'request.declined', 'request.cancelled'].includes(op.type),
  );
  const winners = new Map<string, Op>();
  for (const op of answers.sort(compareOps)) {
    const requestId = (op.payload as { requestId: string }).requestId;
    if (!winners.has(requestId)) winners.set(requestId, op);
  }
  for (const op of winners.values()) {
    if (op.type === 'request.fulfilled')
      for (const line of op.payload.handedOut) if (line.quantity > 0) add(line.itemId, -line.quantity);
  }
  return totals;
}

describe('folding ops from several devices', () => {
  it('gives identical state for any delivery order, with duplicates and redeliveries', () => {
    fc.assert(
      fc.property(
        opsFromDevicesArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops), deliveriesArb(ops))),
        ([ops, first, second]) => {
          const reference = foldOps(ops);
          expect(foldOps(first)).toEqual(reference);
          expect(foldOps(second)).toEqual(reference);
        },
      ),
      RUNS,
    );
  });

  it('gives the same state when ops arrive in batches over already-folded state (as a device syncs)', () => {
    fc.assert(
      fc.property(
        opsFromDevicesArb.chain((ops) =>
          fc.tuple(fc.constant(ops), deliveriesArb(ops), fc.integer({ min: 0, max: ops.length })),
        ),
        ([ops, delivered, split]) => {
          const early = foldOps(delivered.slice(0, split));
          // A later batch may repeat ops already applied; the device skips known ids.
          const known = new Set(delivered.slice(0, split).map((op) => op.id));
          const late = foldOps(
            delivered.slice(split).filter((op) => !known.has(op.id)),
            early,
          );
          expect(late).toEqual(foldOps(ops));
        },
      ),
      RUNS,
    );
  });

  it('makes stock the sum of movement deltas and winning hand-outs, whatever the order', () => {
    fc.assert(
      fc.property(
        opsFromDevicesArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          const levels = stockLevels(foldOps(delivered));
          const expected = expectedStock(ops);
          for (const itemId of ITEMS) expect(levels.get(itemId) ?? 0).toBe(expected.get(itemId) ?? 0);
        },
      ),
      RUNS,
    );
  });

  it('keeps movements made on one device while another device was counting', () => {
    fc.assert(
      fc.property(
        fc.array(draftArb, { maxLength: 15 }),
        fc.array(draftArb, { maxLength: 15 }),
        fc.subarray(ITEMS, { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
        (sharedDrafts, concurrentDrafts, counted, shelf) => {
          const a = opBuilder('device_a000', 'staff_000001');
          const b = opBuilder('device_b000', 'staff_000002');
          const shared = sharedDrafts.map((draft, index) => (index % 2 ? a : b).op(draft));
          // Device A counts some items, believing what it had from the shared history...
          const believed = stockLevels(foldOps(shared));
          const count = a.op({
            type: 'stock.counted',
            payload: {
              countId: 'count_0000a',
              items: counted.map((itemId, index) => ({
                itemId,
                counted: shelf[index] ?? 0,
                believed: believed.get(itemId) ?? 0,
              })),
            },
          });
          // ...while device B, offline, goes on handing out, receiving and answering requests.
          const concurrent = concurrentDrafts.map((draft) => b.op(draft));
          const merged = stockLevels(foldOps([...shared, ...concurrent, count]));
          const concurrentOnly = stockLevels(foldOps([...shared, ...concurrent]));
          counted.forEach((itemId, index) => {
            const movedByB = (concurrentOnly.get(itemId) ?? 0) - (believed.get(itemId) ?? 0);
            expect(merged.get(itemId) ?? 0).toBe((shelf[index] ?? 0) + movedByB);
          });
          // Items nobody counted are exactly what they would be without the count.
          for (const itemId of ITEMS.filter((id) => !counted.includes(id))) {
            expect(merged.get(itemId) ?? 0).toBe(concurrentOnly.get(itemId) ?? 0);
          }
        },
      ),
      RUNS,
    );
  });
});
