/**
 * Words for the report page: a one-sentence summary of a chart's line for screen readers, and
 * the table views' headers and fixed cell words in the page's language (CSV files stay English).
 */
import { ItemCategory } from '../../core/ops/catalog.js';
import type { CellCount } from '../../core/reports/small-cells.js';
import { isSuppressed } from '../../core/reports/small-cells.js';
import type { TableRows } from '../../core/reports/tables.js';
import type { MessageKey } from '../../i18n/index.js';
import { currentLanguage, t } from '../../i18n/index.js';

/** A count to draw: a small cell has no point on the line. */
export function drawable(value: CellCount | null): number | null {
  return value === null || isSuppressed(value) ? null : value;
}

/** A day as the page shows it ("Monday, December 1"). */
export function longDay(day: string): string {
  const language = currentLanguage.value;
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(language, {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

/**
 * "Visits went from 12 on Monday, December 1 to 31 on Friday, December 5; 140 in all." over the
 * days that have a value; a sentence saying there is nothing to draw when none has.
 */
export function summarizeSeries(what: string, days: readonly string[], values: readonly (number | null)[]): string {
  const shown = days.flatMap((day, index) => {
    const value = values[index];
    return value === null || value === undefined ? [] : [{ day, value }];
  });
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return t.value('reports.summary.none', { what });
  const total = shown.reduce((sum, point) => sum + point.value, 0);
  if (shown.length === 1) return t.value('reports.summary.one', { what, value: first.value, day: longDay(first.day) });
  return t.value('reports.summary.range', {
    what,
    first: first.value,
    firstDay: longDay(first.day),
    last: last.value,
    lastDay: longDay(last.day),
    total,
  });
}

const HEADERS: Readonly<Record<string, MessageKey>> = {
  day: 'reports.col.day',
  'scheduled opening': 'reports.col.scheduled',
  'special opening': 'reports.col.special',
  participants: 'reports.col.participants',
  visitors: 'reports.col.visitors',
  'total visits': 'reports.col.totalVisits',
  item: 'reports.col.item',
  category: 'reports.col.category',
  'from requests': 'reports.col.fromRequests',
  'walk-up': 'reports.col.walkUp',
  total: 'reports.col.total',
  reason: 'reports.col.reason',
  'quantity not handed out': 'reports.col.quantityUnmet',
  requests: 'reports.col.requests',
  minimum: 'reports.col.minimum',
  lowest: 'reports.col.lowest',
  'hand-outs': 'reports.col.handOuts',
  'median minutes': 'reports.col.median',
  '90th percentile minutes': 'reports.col.p90',
  topic: 'reports.col.topic',
  outcome: 'reports.col.outcome',
  conversations: 'reports.col.conversations',
  measure: 'reports.col.measure',
  value: 'reports.col.value',
};

const WORDS: Readonly<Record<string, MessageKey>> = {
  yes: 'reports.word.yes',
  no: 'reports.word.no',
  'fewer than 5': 'reports.word.fewerThan5',
  'not shown': 'reports.word.notShown',
  'naloxone kits distributed': 'reports.pack.naloxone',
  'discreet supplies distributed': 'reports.pack.discreet',
  'overdose reversals reported': 'reports.pack.reversals',
  'replacement kits asked': 'reports.pack.replacements',
  // Unmet need's reasons, as the bar chart above the table names them.
  outOfStock: 'reports.reason.outOfStock',
  limitReached: 'reports.reason.limitReached',
  declinedOther: 'reports.reason.declinedOther',
  partlyHandedOut: 'reports.reason.partlyHandedOut',
  cancelled: 'reports.reason.cancelled',
};

/** A category cell ("clothing") as the catalog names it, only in a table's category column. */
function categoryName(code: string): string {
  return ItemCategory.safeParse(code).success ? t.value(`catalog.category.${code as ItemCategory}`) : code;
}

/** A table's rows with the header and the fixed words in the page's language. */
export function localizeRows(rows: TableRows): TableRows {
  const translate = (text: string, map: Readonly<Record<string, MessageKey>>) => {
    const key = map[text];
    return key ? t.value(key) : text;
  };
  const categoryColumn = rows[0]?.indexOf('category') ?? -1;
  return rows.map((row, index) =>
    index === 0
      ? row.map((cell) => translate(cell, HEADERS))
      : row.map((cell, column) => (column === categoryColumn ? categoryName(cell) : translate(cell, WORDS))),
  );
}
