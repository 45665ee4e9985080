/**
 * The harm-reduction pack: naloxone kits and other discreet supplies distributed (from the
 * ledger), and overdose reversals reported at the kiosk. Counts only: never a participant id.
 */
import type { HandedOutRow } from './handed-out.js';
import type { ReportHistory } from './history.js';
import { type DayRange, inRange } from './range.js';

/** Naloxone kits are the catalog's items with the naloxone icon (the seed's, or one an admin adds). */
export const NALOXONE_ICON = 'naloxone';

export interface HarmReductionPack<C> {
  readonly naloxoneKits: C;
  /** Every discreet item (naloxone included), by name. */
  readonly discreetSupplies: readonly { readonly itemId: string; readonly name: string; readonly quantity: C }[];
  readonly reversalsReported: C;
  /** Reports where the person asked for a replacement kit. */
  readonly replacementKitsAsked: C;
}

/** The pack for the range, from the hand-out rows of the same range. */
export function harmReductionPack(
  history: ReportHistory,
  range: DayRange,
  handedOut: readonly HandedOutRow<number>[],
): HarmReductionPack<number> {
  let reversalsReported = 0;
  let replacementKitsAsked = 0;
  for (const op of history.ops) {
    if (op.type !== 'overdose.reversalReported' || !inRange(op.payload.day, range)) continue;
    reversalsReported += 1;
    if (op.payload.replacementAsked) replacementKitsAsked += 1;
  }
  const discreet = handedOut.filter((row) => history.items.get(row.itemId)?.discreet === true);
  return {
    naloxoneKits: discreet
      .filter((row) => history.items.get(row.itemId)?.icon === NALOXONE_ICON)
      .reduce((sum, row) => sum + row.total, 0),
    discreetSupplies: discreet.map((row) => ({ itemId: row.itemId, name: row.name, quantity: row.total })),
    reversalsReported,
    replacementKitsAsked,
  };
}
