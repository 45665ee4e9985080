/**
 * The two figures without a day axis, as bars: handed out by category and unmet need by reason,
 * with the one-sentence summary each chart gets. Pure, so the sums and sentences are unit-tested.
 */
import { type CellCount, cellText, isSuppressed, NOT_SHOWN } from '../../core/reports/small-cells.js';
import { UNMET_REASONS, type UnmetReason, type UnmetRow } from '../../core/reports/unmet-need.js';

/** One bar: what it counts and its published count (a suppressed one is not drawn). */
export interface Bar {
  readonly label: string;
  readonly value: CellCount;
}

/** The quantity not handed out per reason, in the reasons' order, reasons with no rows left out. */
export function unmetByReason(
  rows: readonly Pick<UnmetRow<CellCount>, 'reason' | 'quantity'>[],
): { reason: UnmetReason; quantity: CellCount }[] {
  return UNMET_REASONS.flatMap((reason) => {
    const parts = rows.filter((row) => row.reason === reason).map((row) => row.quantity);
    if (parts.length === 0) return [];
    // One suppressed row is the reason's whole total, so it reads as that row does. With others
    // beside it the sum is unknown (an exact part plus "fewer than 5"): not shown, never a guess.
    if (parts.some(isSuppressed))
      return [{ reason, quantity: parts.length === 1 ? (parts[0] as CellCount) : NOT_SHOWN }];
    return [{ reason, quantity: parts.reduce<number>((sum, part) => sum + (part as number), 0) }];
  });
}

/** The words a summary needs, in the page's language. */
export interface BarWords {
  /** "Most handed out: {list}." */
  readonly lead: (list: string) => string;
  /** "Not drawn: {list}." */
  readonly notDrawn: (list: string) => string;
  /** When there are no bars at all. */
  readonly none: string;
  /** Between two bars in a list (", then "). */
  readonly joiner: string;
  /** A suppressed cell's words ("fewer than 5"). */
  readonly cell: (text: string) => string;
  readonly language: string;
}

/**
 * "Most handed out: Food (120), then Hygiene (45). Not drawn: Pets (fewer than 5)." — drawn
 * bars largest first (ties by label, so the sentence is the same on every device).
 */
export function summarizeBars(bars: readonly Bar[], words: BarWords): string {
  if (bars.length === 0) return words.none;
  const drawn = bars
    .flatMap((bar) => (isSuppressed(bar.value) ? [] : [{ label: bar.label, value: bar.value }]))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, words.language));
  const hidden = bars.filter((bar) => isSuppressed(bar.value));
  const sentences: string[] = [];
  if (drawn.length > 0)
    sentences.push(words.lead(drawn.map((bar) => `${bar.label} (${bar.value})`).join(words.joiner)));
  if (hidden.length > 0)
    sentences.push(words.notDrawn(hidden.map((bar) => `${bar.label} (${words.cell(cellText(bar.value))})`).join(', ')));
  return sentences.join(' ');
}
