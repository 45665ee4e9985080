/** The person's list and ticket lines in a language: item names, and the neutral supplies line with its count. */
import { type AskedWords, askedLines } from '../core/kiosk/asked-lines.js';
import { itemName, type NeedTile } from '../core/kiosk/needs.js';
import type { RequestedItem } from '../core/ops/requests.js';
import { translate } from '../i18n/index.js';

export function askedWords(language: string): AskedWords {
  return {
    name: (item) => itemName(item, language),
    discreet: (count) => translate(language, 'kiosk.needs.discreetCount', { count }),
  };
}

/** What someone has chosen (or asked for), as the lines the list and the ticket show. */
export function listLines(items: readonly RequestedItem[], tiles: readonly NeedTile[], language: string): string[] {
  return askedLines(items, tiles, askedWords(language));
}
