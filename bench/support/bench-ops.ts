/** The ops the server benches push: a realistic mix of stock movements, requests and their answers. */
import type { Op, OpDraft } from '../../src/core/ops/op.js';
import { opBuilder } from '../../tests/support/op-factory.js';

let batches = 0;

/**
 * The mix as drafts: stock received, a request made at the desk and its answer, for a dozen
 * items. `tag` goes into every id the drafts name, so the mix can be made again without clashes.
 */
export function floorMixDrafts(count: number, tag: string, day: string): OpDraft[] {
  const drafts: OpDraft[] = [];
  for (let i = 0; drafts.length < count; i += 1) {
    const itemId = `item_bench_${i % 12}`;
    const requestId = `request_${tag}_${i}`;
    drafts.push({ type: 'stock.received', payload: { itemId, quantity: 5, kind: 'donation' } });
    drafts.push({
      type: 'request.created',
      payload: {
        requestId,
        visitId: `visit_${tag}_${i}`,
        day,
        participantId: null,
        ticket: 'A-1',
        items: [{ itemId, quantity: 1 }],
      },
    });
    drafts.push({
      type: 'request.fulfilled',
      payload: { requestId, partial: false, handedOut: [{ itemId, quantity: 1 }] },
    });
  }
  return drafts.slice(0, count);
}

/** Stock movements and requests for a handful of items, from a new device each batch. */
export function makeOps(actor: string, count: number): Op[] {
  batches += 1;
  const device = opBuilder(`bench_device_${batches}`, actor);
  return floorMixDrafts(count, `bench_${batches}`, '2026-11-28').map((draft) => device.op(draft));
}
