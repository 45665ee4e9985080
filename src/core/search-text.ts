/**
 * How typed names are compared: lowercase, accents removed, so "José" and "jose" match. Apart from
 * the directory's schema, so code a kiosk runs before anything else (its storage) needs no Zod.
 */

/** Lowercase, accents removed ("José" and "jose" match), for prefix search. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
