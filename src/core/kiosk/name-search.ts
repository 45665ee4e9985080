/**
 * "Find my name" on the kiosk: prefix search over the directory, showing only a first name and a
 * last initial. Everyone confirms their birthday before checking in by name.
 */
import { type DirectoryEntry, normaliseForSearch } from '../fold/directory.js';

export const MIN_QUERY_LENGTH = 2;
export const MAX_RESULTS = 6;

export interface NameMatch {
  readonly entry: DirectoryEntry;
  /** What the kiosk shows: preferred first name and last initial, e.g. "María G." */
  readonly label: string;
  /** Ask for birth month and day first: always, now that the directory has no "may skip" flag. */
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

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * Active participants whose names start with every typed word (accents and capitals ignored), at
 * most six, those whose first name matches first.
 */
export function searchDirectory(entries: readonly DirectoryEntry[], query: string): NameMatch[] {
  if (!isSearchable(query)) return [];
  const words = queryWords(query);
  const firstWord = words[0] ?? '';
  const ranked = entries
    .filter((entry) => entry.active && words.every((word) => entry.searchKeys.some((key) => key.startsWith(word))))
    .map((entry) => ({
      entry,
      label: labelOf(entry),
      rank: normaliseForSearch(entry.firstName).startsWith(firstWord) ? 0 : 1,
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        collator.compare(a.label, b.label) ||
        (a.entry.participantId < b.entry.participantId ? -1 : 1),
    );
  // Everyone confirms a birthday: the directory no longer says who may skip it.
  return ranked.slice(0, MAX_RESULTS).map(({ entry, label }) => ({ entry, label, confirm: true }));
}

/** The active participant whose card has this hash, or null (unknown, revoked or inactive). */
export function entryForCard(entries: readonly DirectoryEntry[], tokenHash: string): DirectoryEntry | null {
  return entries.find((entry) => entry.active && entry.cardHashes.includes(tokenHash)) ?? null;
}
