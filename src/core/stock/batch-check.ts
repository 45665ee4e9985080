/**
 * Whether the lines of a box (or a walk-up hand-out of several items) can be recorded: each a
 * tracked item still in the catalog, listed once, a positive quantity, and for a hand-out no more
 * than the records show on hand. Any problem means nothing is written.
 */
import type { CatalogItem } from '../fold/selectors.js';
import type { BatchLine } from '../ops/stock-batch.js';

export type BatchLineProblem =
  | 'unknownItem'
  | 'retired'
  | 'notTracked'
  | 'listedTwice'
  | 'notPositive'
  | 'moreThanOnHand';

export interface BatchProblem {
  readonly itemId: string;
  readonly problem: BatchLineProblem;
}

export type BatchCheck =
  | { readonly ok: true; readonly lines: readonly BatchLine[] }
  | { readonly ok: false; readonly problems: readonly BatchProblem[]; readonly empty: boolean };

/**
 * Checks `lines` against the catalog; `onHand` (a hand-out) caps each quantity at what is on the
 * shelf. Every line is checked, so the form can mark all the rows to fix at once.
 */
export function checkBatchLines(
  lines: readonly BatchLine[],
  items: readonly CatalogItem[],
  onHand?: ReadonlyMap<string, number>,
): BatchCheck {
  if (lines.length === 0) return { ok: false, problems: [], empty: true };
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const problems: BatchProblem[] = [];
  for (const line of lines) {
    const problem = problemOf(line, byId.get(line.itemId), seen.has(line.itemId), onHand);
    seen.add(line.itemId);
    if (problem) problems.push({ itemId: line.itemId, problem });
  }
  return problems.length > 0 ? { ok: false, problems, empty: false } : { ok: true, lines };
}

function problemOf(
  line: BatchLine,
  item: CatalogItem | undefined,
  repeated: boolean,
  onHand: ReadonlyMap<string, number> | undefined,
): BatchLineProblem | null {
  if (repeated) return 'listedTwice';
  if (!item) return 'unknownItem';
  if (item.retired) return 'retired';
  if (item.kind !== 'tracked') return 'notTracked';
  if (!Number.isInteger(line.quantity) || line.quantity < 1) return 'notPositive';
  if (onHand && line.quantity > (onHand.get(line.itemId) ?? 0)) return 'moreThanOnHand';
  return null;
}
