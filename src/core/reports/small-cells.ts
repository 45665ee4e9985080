/**
 * Small-cell suppression, in one place: an aggregate count from 1 to 4 could single a person out,
 * so published reports carry "fewer than 5" instead. Zero names no one and is shown as 0.
 */

/** Counts below this (and above zero) are suppressed. */
export const SMALL_CELL_LIMIT = 5;

/** "Fewer than 5": a count too small to publish. */
export interface Suppressed {
  readonly suppressed: true;
}

/** A published count: exact, or suppressed. */
export type CellCount = number | Suppressed;

export const FEWER_THAN_5: Suppressed = Object.freeze({ suppressed: true });

/** The published form of an aggregate count. */
export function suppressSmall(count: number): CellCount {
  return count > 0 && count < SMALL_CELL_LIMIT ? FEWER_THAN_5 : count;
}

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;
}

/** How a cell reads in a table or CSV. */
export function cellText(value: CellCount | null): string {
  if (value === null) return '';
  return isSuppressed(value) ? 'fewer than 5' : String(value);
}
