/** Ticket letters: each ticket-giving device has its own, so two kiosks never call the same ticket. */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CANDIDATES = [...LETTERS, ...[...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second))];

/** The first of A…Z, then AA…ZZ, that is not `taken` (by a paired, unrevoked device). */
export function firstFreeTicketLetter(taken: ReadonlySet<string>): string {
  const free = CANDIDATES.find((letters) => !taken.has(letters));
  if (!free) throw new Error('every ticket letter is in use: revoke devices that are no longer used');
  return free;
}
