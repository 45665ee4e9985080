/**
 * Facts about the drop-in center that appear on screens and printed cards. Opening hours here
 * are the defaults; admins will be able to change them (they become settings ops later).
 */

export const CENTER = {
  programName: 'LEAD Hollywood',
  address: '1151 N. Western Ave, Los Angeles, CA 90029',
  phone: '323-952-6099',
  timeZone: 'America/Los_Angeles',
} as const;

/** Weekday numbers follow `Date#getDay()`: 0 is Sunday. Times are local "HH:MM". */
export interface OpeningSlot {
  readonly weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  readonly opens: string;
  readonly closes: string;
}

export const DEFAULT_OPENING_HOURS: readonly OpeningSlot[] = [
  { weekday: 1, opens: '11:00', closes: '16:00' },
  { weekday: 3, opens: '11:00', closes: '16:00' },
  { weekday: 5, opens: '11:00', closes: '16:00' },
];
