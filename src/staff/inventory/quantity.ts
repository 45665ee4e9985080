/**
 * Typed quantities on the inventory forms: a whole number within limits, or a problem a person can
 * act on. Problems are message keys with values, so this stays pure and testable.
 */
import { cleanLine, cleanNote, textLength } from '../../core/text.js';
import type { MessageKey } from '../../i18n/index.js';

export interface Problem {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, number>>;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export interface Limits {
  readonly min: number;
  readonly max: number;
}

/** Receive, hand out and adjust move 1–10,000 at a time (the `Quantity` schema). */
export const MOVE_LIMITS: Limits = { min: 1, max: 10_000 };
/** A shelf count may be 0 (the `Count` schema). */
export const COUNT_LIMITS: Limits = { min: 0, max: 100_000 };

/** A whole number typed as digits (spaces around are forgiven, a leading "+" too). */
export function parseQuantity(text: string, limits: Limits): Parsed<number> {
  const typed = text.trim();
  if (typed === '') return fail('inventory.problem.empty');
  if (/^[+-]?\d*[.,]\d*$/.test(typed) && /\d/.test(typed)) return fail('inventory.problem.decimal');
  if (/^-\s*\d+$/.test(typed)) return fail('inventory.problem.negative');
  if (!/^\+?\d+$/.test(typed)) return fail('inventory.problem.notNumber');
  const value = Number(typed.replace('+', ''));
  if (value < limits.min) return fail('inventory.problem.tooLow', { min: limits.min });
  if (value > limits.max) return fail('inventory.problem.tooHigh', { max: limits.max });
  return { ok: true, value };
}

/** A quantity that also cannot take more than the records say is on the shelf. */
export function parseTakeAway(text: string, onHand: number): Parsed<number> {
  const parsed = parseQuantity(text, MOVE_LIMITS);
  if (!parsed.ok) return parsed;
  if (onHand <= 0) return fail('inventory.problem.noneOnHand');
  if (parsed.value > onHand) return fail('inventory.problem.moreThanOnHand', { onHand });
  return parsed;
}

/**
 * Optional free text (a note keeps its line breaks, a source is one line): cleaned as the schemas
 * want it (see `cleanLine`), undefined when blank, a problem when longer than `max` characters.
 */
export function parseOptionalText(text: string, max: number, kind: 'line' | 'note'): Parsed<string | undefined> {
  const clean = kind === 'note' ? cleanNote(text) : cleanLine(text);
  if (textLength(clean) > max) return fail('inventory.problem.tooLong', { max });
  return { ok: true, value: clean === '' ? undefined : clean };
}

function fail(key: MessageKey, values?: Record<string, number>): { ok: false; problem: Problem } {
  return { ok: false, problem: values ? { key, values } : { key } };
}
