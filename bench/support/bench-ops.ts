/** The ops the server benches push: a realistic mix of stock movements, requests and their answers. */
import type { Op, OpDraft } from '../../src/core/ops/op.js';
import { opBuilder } from '../../tests/support/op-factory.js';

let batches = 0;
/** Stock movements and requests for a handful of items, from a new device each batch. */
export function makeOps(actor: string, count: number): Op[] {
  batches += 1;
  const device = opBuilder(`bench_device_${batches}`, actor);
  const drafts: OpDraft[] = [];
  for (let i = 0; drafts.length < count; i += 1) {
    const itemId = `item_bench_${i % 12}`;
    const requestId = `request_bench_${batches}_${i}`;
    drafts.push({ type: 'stock.received', payload: { itemId, quantity: 5, kind: 'donation' } });
    drafts.push({
      type: 'request.created',
      payload: {
        requestId,
        visitId: `visit_bench_${i}`,
        day: '2026-11-28',
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
  return drafts.slice(0, count).map((draft) => device.op(draft));
}
