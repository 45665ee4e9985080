/**
 * The order of ops, apart from their schemas: folds and screens that only sort ops (or registers
 * written by them) import this and not op.ts, so a kiosk's first screen loads no Zod.
 */

/** Orders ops by clock, then id: the order every tie-break in the folds agrees with. */
export function compareOps(
  a: { readonly at: string; readonly id: string },
  b: { readonly at: string; readonly id: string },
): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
