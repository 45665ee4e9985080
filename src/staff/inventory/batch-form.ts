/**
 * The box and walk-up forms as typed, turned into one batch op or the problems to show. Pure: a
 * blank row is not in the box; any problem on any row means nothing is written.
 */
import type { CatalogItem } from '../../core/fold/selectors.js';
import type { OpDraft } from '../../core/ops/op.js';
import type { BatchLine, BatchSource } from '../../core/ops/stock-batch.js';
import { type BatchLineProblem, checkBatchLines } from '../../core/stock/batch-check.js';
import type { MessageKey } from '../../i18n/index.js';
import { NOTE_MAX, SOURCE_MAX } from './inventory-forms.js';
import { MOVE_LIMITS, type Problem, parseOptionalText, parseQuantity } from './quantity.js';

export type BatchMode = 'receive' | 'handOut';

export interface BatchValues {
  /** What was typed per item id; blank means "not in this batch". */
  readonly typed: Readonly<Record<string, string>>;
  readonly kind: BatchSource;
  readonly source: string;
  readonly note: string;
}

export type BatchResult =
  | { readonly ok: true; readonly draft: OpDraft; readonly lines: readonly BatchLine[]; readonly total: number }
  | {
      readonly ok: false;
      /** By item id. */
      readonly problems: Readonly<Record<string, Problem>>;
      readonly source?: Problem;
      readonly note?: Problem;
      /** Every row was blank. */
      readonly nothingListed?: true;
    };

const LINE_PROBLEM: Record<Exclude<BatchLineProblem, 'moreThanOnHand' | 'notPositive'>, MessageKey> = {
  unknownItem: 'inventory.problem.unknownItem',
  retired: 'inventory.problem.retired',
  notTracked: 'inventory.problem.notTracked',
  listedTwice: 'inventory.problem.listedTwice',
};

/**
 * One `stock.batchReceived` (mode receive) or `stock.batchHandedOut` op for the typed rows, in
 * catalog order. A hand-out takes no more than `onHand` shows for an item.
 */
export function parseBatch(
  mode: BatchMode,
  batchId: string,
  values: BatchValues,
  items: readonly CatalogItem[],
  onHand: ReadonlyMap<string, number>,
): BatchResult {
  const problems: Record<string, Problem> = {};
  const lines: BatchLine[] = [];
  for (const [itemId, typed] of Object.entries(values.typed)) {
    if (typed.trim() === '') continue;
    const quantity = parseQuantity(typed, MOVE_LIMITS);
    if (quantity.ok) lines.push({ itemId, quantity: quantity.value });
    else problems[itemId] = quantity.problem;
  }
  // Catalog (kiosk) order, so the op reads like the form.
  const position = new Map(items.map((item) => [item.id, item.position]));
  lines.sort(
    (a, b) =>
      (position.get(a.itemId) ?? Infinity) - (position.get(b.itemId) ?? Infinity) || (a.itemId < b.itemId ? -1 : 1),
  );
  const check = checkBatchLines(lines, items, mode === 'handOut' ? onHand : undefined);
  if (!check.ok) {
    for (const { itemId, problem } of check.problems) problems[itemId] ??= problemOf(problem, onHand.get(itemId) ?? 0);
  }
  const source =
    mode === 'receive' ? parseOptionalText(values.source, SOURCE_MAX, 'line') : { ok: true as const, value: undefined };
  const note = parseOptionalText(values.note, NOTE_MAX, 'note');
  if (Object.keys(problems).length > 0 || !source.ok || !note.ok) {
    return {
      ok: false,
      problems,
      ...(source.ok ? {} : { source: source.problem }),
      ...(note.ok ? {} : { note: note.problem }),
    };
  }
  if (lines.length === 0) return { ok: false, problems: {}, nothingListed: true };
  const total = lines.reduce((sum, line) => sum + line.quantity, 0);
  const extra = { ...(note.value ? { note: note.value } : {}) };
  const draft: OpDraft =
    mode === 'receive'
      ? {
          type: 'stock.batchReceived',
          payload: { batchId, kind: values.kind, ...(source.value ? { source: source.value } : {}), ...extra, lines },
        }
      : { type: 'stock.batchHandedOut', payload: { batchId, ...extra, lines } };
  return { ok: true, draft, lines, total };
}

function problemOf(problem: BatchLineProblem, onHand: number): Problem {
  if (problem === 'notPositive') return { key: 'inventory.problem.tooLow', values: { min: 1 } };
  if (problem === 'moreThanOnHand') {
    return onHand <= 0
      ? { key: 'inventory.problem.noneOnHand' }
      : { key: 'inventory.problem.moreThanOnHand', values: { onHand } };
  }
  return { key: LINE_PROBLEM[problem] };
}
