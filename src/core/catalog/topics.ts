/**
 * Case-manager topics ("talk to my case manager about housing", ...): catalog items of the
 * `caseManager` category. They are conversations on the Talk list, never hand-outs in the queue.
 */
import type { ItemFields } from '../ops/catalog.js';

/** Whether an item is a topic to talk through with staff rather than something handed out. */
export function isTopic(item: Pick<ItemFields, 'category'> | undefined): boolean {
  return item?.category === 'caseManager';
}
