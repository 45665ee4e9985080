/**
 * Recording a stock movement as the signed-in staff member (offline too), and reading back what is
 * on hand afterwards so the screen can say the new number.
 */
import type { OpDraft } from '../../core/ops/op.js';
import { newRandomId } from '../../store/op-ids.js';
import { type ActionResult, recordAsStaff } from '../staff-actions.js';
import { onHandOf } from './inventory-queries.js';

/** Records the movement; on success, the new on hand of each item it touched. */
export async function recordStockMovement(draft: OpDraft): Promise<ActionResult<Map<string, number>>> {
  const result = await recordAsStaff([draft]);
  if (!result.ok) return result;
  return { ok: true, value: await onHandOf(itemIdsOf(draft)) };
}

/** A fresh id for a count (one per submitted count form). */
export function newCountId(): string {
  return `count_${newRandomId()}`;
}

function itemIdsOf(draft: OpDraft): string[] {
  if (draft.type === 'stock.counted') return draft.payload.items.map((item) => item.itemId);
  if (draft.type === 'stock.batchReceived' || draft.type === 'stock.batchHandedOut') {
    return draft.payload.lines.map((line) => line.itemId);
  }
  return 'itemId' in draft.payload ? [draft.payload.itemId] : [];
}
