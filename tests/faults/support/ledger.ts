/**
 * The stock ledger computed in the test, from the ops the devices made, apart from the app's fold:
 * each movement adds its delta (a count adds counted − believed), and each request's hand-out
 * counts once, for the first answer by clock (stamps as the server stores them: that is what
 * every device folds).
 */
import { compareOps, type Op } from '../../../src/core/ops/op.js';

export function expectedStock(made: readonly Op[], stored: ReadonlyMap<string, Op>): Map<string, number> {
  const onHand = new Map<string, number>();
  const add = (itemId: string, delta: number) => onHand.set(itemId, (onHand.get(itemId) ?? 0) + delta);
  const firstAnswer = new Map<string, Op>();
  for (const op of made) {
    switch (op.type) {
      case 'stock.received':
        add(op.payload.itemId, op.payload.quantity);
        break;
      case 'stock.handedOut':
        add(op.payload.itemId, -op.payload.quantity);
        break;
      case 'stock.adjusted':
        add(op.payload.itemId, op.payload.delta);
        break;
      case 'stock.counted':
        for (const item of op.payload.items) add(item.itemId, item.counted - item.believed);
        break;
      case 'request.fulfilled':
      case 'request.declined':
      case 'request.cancelled': {
        const answer = stored.get(op.id) ?? op;
        const other = firstAnswer.get(op.payload.requestId);
        if (!other || compareOps(answer, other) < 0) firstAnswer.set(op.payload.requestId, answer);
        break;
      }
      default:
        break;
    }
  }
  for (const answer of firstAnswer.values()) {
    if (answer.type !== 'request.fulfilled') continue;
    for (const item of answer.payload.handedOut) if (item.quantity > 0) add(item.itemId, -item.quantity);
  }
  return onHand;
}
