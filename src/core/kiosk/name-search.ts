/**
 * "Find my name" on the kiosk: prefix search over the directory, showing only a first name and a
 * last initial. Two people who would look the same on screen both have to confirm their birthday.
 */
import { type DirectoryEntry, normaliseForSearch } from '../fold/directory.js';

export const MIN_QUERY_LENGTH = 2;
export const MAX_RESULTS = 6;

export interface NameMatch {
  readonly entry: DirectoryEntry;
  /** What the kiosk shows: preferred first name and last initial, e.g. "María G." */
  readonly label: string;
  /** Ask for birth month and day first (the record asks for it, or another match looks the same). */
  readonly confirm: boolean;
}

export function labelOf(entry: Pick<DirectoryEntry, 'firstName' | 'lastInitial'>): string {
  return entry.lastInitial ? `${entry.firstName} ${entry.lastInitial}.` : entry.firstName;
}

function queryWords(query: string): string[] {
  return normaliseForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether the query has enough letters to search (fewer show nothing). */
export function isSearchable(query: string): boolean {
  return queryWords(query).join('').length >= MIN_QUERY_LENGTH;
}

/**
 * Active participants whose names start with every typed word (accents and capitals ignored), at
 * most six, those whose first name matches first. Look-alikes are found in the whole directory:
 * typing more of a name must not let one "Luis M." check in as the other without the birthday.
 */
export function searchDirectory(entries: readonly DirectoryEntry[], query: string): NameMatch[] {
  if (!isSearchable(query)) return [];
  const words = queryWords(query);
  const matches = entries.filter(
    (entry) => entry.active && words.every((word) => entry.searchKeys.some((key) => key.startsWith(word))),
  );
  const sameLooking = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.active) continue;
    const key = normaliseForSearch(labelOf(entry));
    sameLooking.set(key, (sameLooking.get(key) ?? 0) + 1);
  }
  const firstWord = words[0] ?? '';
  const firstNameMatches = (entry: DirectoryEntry) =>
    normaliseForSearch(entry.firstName).startsWith(firstWord) ? 0 : 1;
  return matches
    .sort(
      (a, b) =>
        firstNameMatches(a) - firstNameMatches(b) ||
        labelOf(a).localeCompare(labelOf(b)) ||
        a.participantId.localeCompare(b.participantId),
    )
    .slice(0, MAX_RESULTS)
    .map((entry) => ({
      entry,
      label: labelOf(entry),
      confirm: entry.confirm || (sameLooking.get(normaliseForSearch(labelOf(entry))) ?? 0) > 1,
    }));
}

/** The active participant whose card has this hash, or null (unknown, revoked or inactive). */
export function entryForCard(entries: readonly DirectoryEntry[], tokenHash: string): DirectoryEntry | null {
  return entries.find((entry) => entry.active && entry.cardHashes.includes(tokenHash)) ?? null;
}
