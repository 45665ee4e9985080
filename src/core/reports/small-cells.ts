/**
 * Small-cell suppression, in one place: an aggregate count from 1 to 4 could single a person out,
 * so published reports carry "fewer than 5" instead. Zero names no one and is shown as 0.
 */

/** Counts below this (and above zero) are suppressed. */
export const SMALL_CELL_LIMIT = 5;

/**
 * A count not published: "fewer than 5" (`small`), or a larger count hidden because, with a total
 * shown beside it, it would give away a small one by subtraction (`complementary`, "not shown").
 */
export interface Suppressed {
  readonly suppressed: true;
  readonly reason: 'small' | 'complementary';
}

/** A published count: exact, or suppressed. */
export type CellCount = number | Suppressed;

export const FEWER_THAN_5: Suppressed = Object.freeze({ suppressed: true, reason: 'small' });
export const NOT_SHOWN: Suppressed = Object.freeze({ suppressed: true, reason: 'complementary' });

/** The published form of an aggregate count. */
export function suppressSmall(count: number): CellCount {
  return count > 0 && count < SMALL_CELL_LIMIT ? FEWER_THAN_5 : count;
}

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;
}

/**
 * The parts of a total that is published exactly: small parts suppressed, and when that hides
 * only one part, the smallest other non-zero part too, so no subtraction reveals the small one.
 */
export function suppressParts(parts: readonly number[], totalShown: boolean): CellCount[] {
  const published = parts.map(suppressSmall);
  if (!totalShown || published.filter(isSuppressed).length !== 1) return published;
  let next = -1;
  parts.forEach((part, index) => {
    if (isSuppressed(published[index]) || part === 0) return;
    if (next < 0 || part < (parts[next] ?? 0)) next = index;
  });
  if (next >= 0) published[next] = NOT_SHOWN;
  return published;
}

/** How a cell reads in a table or CSV. */
export function cellText(value: CellCount | null): string {
  if (value === null) return '';
  if (!isSuppressed(value)) return String(value);
  return value.reason === 'small' ? 'fewer than 5' : 'not shown';
}
