/**
 * The inventory forms as typed, turned into the op to record or the problems to show. Pure: the
 * components only keep the typed values and call these on submit.
 */
import type { OpDraft } from '../../core/ops/op.js';
import type { AdjustReason } from '../../core/ops/stock.js';
import {
  COUNT_LIMITS,
  MOVE_LIMITS,
  type Problem,
  parseOptionalText,
  parseQuantity,
  parseTakeAway,
} from './quantity.js';

export const NOTE_MAX = 500;
export const SOURCE_MAX = 120;

export type FormResult<F extends string> =
  | { readonly ok: true; readonly draft: OpDraft }
  | { readonly ok: false; readonly problems: Partial<Record<F, Problem>> };

export interface ReceiveValues {
  readonly quantity: string;
  readonly kind: 'donation' | 'purchase';
  readonly source: string;
  readonly note: string;
}

export function parseReceive(itemId: string, values: ReceiveValues): FormResult<'quantity' | 'source' | 'note'> {
  const quantity = parseQuantity(values.quantity, MOVE_LIMITS);
  const source = parseOptionalText(values.source, SOURCE_MAX, 'line');
  const note = parseOptionalText(values.note, NOTE_MAX, 'note');
  if (!quantity.ok || !source.ok || !note.ok) {
    return {
      ok: false,
      problems: {
        ...(quantity.ok ? {} : { quantity: quantity.problem }),
        ...(source.ok ? {} : { source: source.problem }),
        ...(note.ok ? {} : { note: note.problem }),
      },
    };
  }
  return {
    ok: true,
    draft: {
      type: 'stock.received',
      payload: {
        itemId,
        quantity: quantity.value,
        kind: values.kind,
        ...defined({ source: source.value, note: note.value }),
      },
    },
  };
}

export interface HandOutValues {
  readonly quantity: string;
  readonly note: string;
}

/** Walk-up distribution: no more than the records say is on the shelf. */
export function parseHandOut(itemId: string, values: HandOutValues, onHand: number): FormResult<'quantity' | 'note'> {
  const quantity = parseTakeAway(values.quantity, onHand);
  const note = parseOptionalText(values.note, NOTE_MAX, 'note');
  if (!quantity.ok || !note.ok) {
    return {
      ok: false,
      problems: { ...(quantity.ok ? {} : { quantity: quantity.problem }), ...(note.ok ? {} : { note: note.problem }) },
    };
  }
  return {
    ok: true,
    draft: { type: 'stock.handedOut', payload: { itemId, quantity: quantity.value, ...defined({ note: note.value }) } },
  };
}

export interface AdjustValues {
  readonly direction: 'add' | 'remove' | null;
  readonly quantity: string;
  readonly reason: AdjustReason | null;
  readonly note: string;
}

/** A correction with a reason; "other" must say what happened in the note. */
export function parseAdjust(
  itemId: string,
  values: AdjustValues,
  onHand: number,
): FormResult<'direction' | 'quantity' | 'reason' | 'note'> {
  const problems: Partial<Record<'direction' | 'quantity' | 'reason' | 'note', Problem>> = {};
  if (!values.direction) problems.direction = { key: 'inventory.problem.direction' };
  const quantity =
    values.direction === 'remove'
      ? parseTakeAway(values.quantity, onHand)
      : parseQuantity(values.quantity, MOVE_LIMITS);
  if (!quantity.ok) problems.quantity = quantity.problem;
  if (!values.reason) problems.reason = { key: 'inventory.problem.reason' };
  const note = parseOptionalText(values.note, NOTE_MAX, 'note');
  if (!note.ok) problems.note = note.problem;
  else if (values.reason === 'other' && note.value === undefined)
    problems.note = { key: 'inventory.problem.otherNote' };
  if (!values.direction || !quantity.ok || !values.reason || !note.ok || problems.note) return { ok: false, problems };
  const delta = values.direction === 'add' ? quantity.value : -quantity.value;
  return {
    ok: true,
    draft: {
      type: 'stock.adjusted',
      payload: { itemId, delta, reason: values.reason, ...defined({ note: note.value }) },
    },
  };
}

export interface CountRow {
  readonly itemId: string;
  /** What the person typed; blank means "not counted". */
  readonly typed: string;
  /** The on-hand this device showed when the person counted the item. */
  readonly believed: number;
}

export type CountResult =
  | { readonly ok: true; readonly draft: OpDraft; readonly counted: number }
  | {
      readonly ok: false;
      /** By item id. */
      readonly problems: Readonly<Record<string, Problem>>;
      readonly note?: Problem;
      /** Every row was blank. */
      readonly nothingCounted?: true;
    };

/**
 * One `stock.counted` op for every row with a number; blank rows are left out, so a partial count
 * never touches items nobody counted.
 */
export function parseCount(countId: string, rows: readonly CountRow[], noteText: string): CountResult {
  const problems: Record<string, Problem> = {};
  const items: { itemId: string; counted: number; believed: number }[] = [];
  for (const row of rows) {
    if (row.typed.trim() === '') continue;
    const counted = parseQuantity(row.typed, COUNT_LIMITS);
    if (counted.ok) items.push({ itemId: row.itemId, counted: counted.value, believed: row.believed });
    else problems[row.itemId] = counted.problem;
  }
  const note = parseOptionalText(noteText, NOTE_MAX, 'note');
  if (Object.keys(problems).length > 0 || !note.ok) {
    return { ok: false, problems, ...(note.ok ? {} : { note: note.problem }) };
  }
  if (items.length === 0) return { ok: false, problems: {}, nothingCounted: true };
  return {
    ok: true,
    counted: items.length,
    draft: { type: 'stock.counted', payload: { countId, items, ...defined({ note: note.value }) } },
  };
}

/** Leaves out optional fields that were left blank (the schemas take them as absent, not empty). */
function defined<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}
