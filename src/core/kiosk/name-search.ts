/**
 * "Find my name" on the kiosk: a typed name and a birth month and day together, never a name
 * alone. Only a full match is ever shown, as a first name and last initial ("Rosa M.").
 */
import { type DirectoryEntry, normaliseForSearch, searchKeysOf } from '../fold/directory.js';
import { birthdayMatches } from './birthday-check.js';

/** What a name check needs from a directory entry. */
export type NameEntry = Pick<
  DirectoryEntry,
  'participantId' | 'firstName' | 'lastInitial' | 'searchKeys' | 'active' | 'birthdayCheck'
>;

/** One label to offer when several people share a name and birthday; `entry` null when the label itself is shared. */
export interface NameChoice<E> {
  readonly label: string;
  readonly entry: E | null;
}

/**
 * `none`: nobody by that name has that birthday (no such name, or a wrong birthday: the same
 * answer). `one`: one person, to confirm. `choose`: people whose labels differ. `staff`: people
 * who look the same on screen, so the kiosk cannot tell them apart and never guesses.
 */
export type NameOutcome<E> =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly label: string; readonly entry: E }
  | { readonly kind: 'choose'; readonly choices: readonly NameChoice<E>[] }
  | { readonly kind: 'staff' };

export function labelOf(entry: Pick<DirectoryEntry, 'firstName' | 'lastInitial'>): string {
  return entry.lastInitial ? `${entry.firstName} ${entry.lastInitial}.` : entry.firstName;
}

/** Whether something was typed that can be looked up (at least one letter or digit). */
export function hasNameToLookUp(typed: string): boolean {
  return searchKeysOf([typed]).length > 0;
}

const NONE = { kind: 'none' } as const;
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The outcome for a typed name and birthday. Every typed word must be one of the person's name
 * words (accents and capitals ignored; a whole word, never a prefix), so typing reveals nothing
 * about who else is enrolled. People who stopped taking part, or with no birth date on record,
 * never match by name.
 */
export function findByNameAndBirthday<E extends NameEntry>(
  entries: readonly E[],
  typed: string,
  month: number,
  day: number,
): NameOutcome<E> {
  const words = searchKeysOf([typed]);
  if (words.length === 0) return NONE;
  const found = entries.filter(
    (entry) =>
      entry.active &&
      entry.birthdayCheck !== null &&
      words.every((word) => entry.searchKeys.includes(word)) &&
      birthdayMatches(entry, month, day),
  );
  const [only] = found;
  if (!only) return NONE;
  if (found.length === 1) return { kind: 'one', label: labelOf(only), entry: only };
  const byLabel = new Map<string, E[]>();
  for (const entry of found) {
    // Labels a person could not tell apart ("Rosa M." and "Rósa M.") count as the same.
    const key = normaliseForSearch(labelOf(entry));
    byLabel.set(key, [...(byLabel.get(key) ?? []), entry]);
  }
  if (byLabel.size === 1) return { kind: 'staff' };
  const choices = [...byLabel.values()].map(
    ([first, ...others]): NameChoice<E> => ({
      label: labelOf(first as E),
      entry: others.length === 0 ? (first as E) : null,
    }),
  );
  choices.sort((a, b) => collator.compare(a.label, b.label) || (a.label < b.label ? -1 : 1));
  return { kind: 'choose', choices };
}

/** The active participant whose card has this hash, or null (unknown, revoked or inactive). */
export function entryForCard<E extends Pick<DirectoryEntry, 'active' | 'cardHashes'>>(
  entries: readonly E[],
  tokenHash: string,
): E | null {
  return entries.find((entry) => entry.active && entry.cardHashes.includes(tokenHash)) ?? null;
}
