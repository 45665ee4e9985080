/** Words for inventory values, and problems said in the current language with numbers formatted for it. */
import type { StockStatus } from '../../core/fold/selectors.js';
import type { MessageKey } from '../../i18n/index.js';
import { currentFormatLocale, t } from '../../i18n/index.js';
import type { Phrase } from './inventory-history.js';
import type { Problem } from './quantity.js';

export const STATUS_LABEL: Record<StockStatus, MessageKey> = {
  ok: 'inventory.status.ok',
  low: 'inventory.status.low',
  out: 'inventory.status.out',
  needsCount: 'inventory.status.needsCount',
};

/** A number as people write it in the current language ("10,000" / "10.000"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentFormatLocale()).format(value);
}

/** A problem or phrase in the current language; numbers in it are formatted, text is kept. */
export function say(phrase: Problem | Phrase | null | undefined): string | null {
  if (!phrase) return null;
  const values = Object.fromEntries(
    Object.entries(phrase.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value) : value,
    ]),
  );
  return t.value(phrase.key, values);
}

/** Every problem of a form, for the first-invalid-field focus and the summary. */
export function hasProblems(problems: Readonly<Record<string, Problem | undefined>>): boolean {
  return Object.values(problems).some(Boolean);
}
