/**
 * How a kiosk lays its participant directory out on disk: in segments of up to `SEGMENT_SIZE`
 * entries, not one record per person. IndexedDB pays a fixed cost per record written (20,000 bare
 * puts take longer than downloading the same 20,000 entries), so a directory of one record per
 * person cost a new kiosk more than three times its download; in segments it costs a fraction.
 *
 * Two parts, told apart by their seq. A rewrite (a snapshot, or the end of a catch-up) writes
 * everyone once, ordered by first name so that people who share a name share a segment or two:
 * seqs from 0. Entries that arrive later are appended in the tail, seqs from `TAIL_START`, where
 * the last segment is refilled while it has room. A person's current entry is in the highest
 * segment that holds them; only tail segments can supersede, so a look-up reads the segments
 * listing its key (by index) and the tail, never the whole directory.
 */
import type { DirectoryEntry } from '../fold/directory.js';
import { normaliseForSearch } from '../search-text.js';

/** Entries per segment: a look-up deserialises one segment (about 60 KB) per match. */
export const SEGMENT_SIZE = 250;

/** The first seq of the tail: a rewrite's segments count from 0 and never reach it. */
export const TAIL_START = 1_000_000_000;

export interface DirectorySegment {
  readonly seq: number;
  readonly entries: readonly DirectoryEntry[];
  /** Indexed: which segments hold a person (the newest one holds their current entry). */
  readonly participantIds: readonly string[];
  /** Indexed: every card hash and search key of the segment's entries, each once. */
  readonly cardHashes: readonly string[];
  readonly searchKeys: readonly string[];
}

/** One entry per person, the last given winning, in the order of each person's last entry. */
export function latestPerPerson(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  const latest = new Map<string, DirectoryEntry>();
  for (const entry of entries) {
    latest.delete(entry.participantId);
    latest.set(entry.participantId, entry);
  }
  return [...latest.values()];
}

/** `entries` (one per person) as segments numbered from `firstSeq`. */
export function segmentsOf(entries: readonly DirectoryEntry[], firstSeq: number): DirectorySegment[] {
  const segments: DirectorySegment[] = [];
  for (let start = 0; start < entries.length; start += SEGMENT_SIZE) {
    const chunk = entries.slice(start, start + SEGMENT_SIZE);
    segments.push({
      seq: firstSeq + segments.length,
      entries: chunk,
      participantIds: chunk.map((entry) => entry.participantId),
      cardHashes: [...new Set(chunk.flatMap((entry) => entry.cardHashes))],
      searchKeys: [...new Set(chunk.flatMap((entry) => entry.searchKeys))],
    });
  }
  return segments;
}

/** Everyone once (the last entry given wins), ordered by first name, as a rewrite writes them. */
export function rewrittenSegments(entries: readonly DirectoryEntry[]): DirectorySegment[] {
  const named = latestPerPerson(entries).map((entry) => ({ entry, name: normaliseForSearch(entry.firstName) }));
  named.sort((a, b) => compareText(a.name, b.name) || compareText(a.entry.participantId, b.entry.participantId));
  return segmentsOf(
    named.map(({ entry }) => entry),
    0,
  );
}

/**
 * What appending `entries` to the tail writes: its last segment refilled when it has room (so a
 * day of single edits makes one segment, not hundreds), then new segments. A refilled segment
 * keeps its seq.
 */
export function appendedSegments(
  lastOfTail: DirectorySegment | undefined,
  entries: readonly DirectoryEntry[],
): DirectorySegment[] {
  if (entries.length === 0) return [];
  if (lastOfTail && lastOfTail.entries.length < SEGMENT_SIZE) {
    return segmentsOf(latestPerPerson([...lastOfTail.entries, ...entries]), lastOfTail.seq);
  }
  return segmentsOf(latestPerPerson(entries), lastOfTail ? lastOfTail.seq + 1 : TAIL_START);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every person's current entry across `segments`, ordered by participant id. */
export function currentEntries(segments: readonly DirectorySegment[]): DirectoryEntry[] {
  const ordered = [...segments].sort((a, b) => a.seq - b.seq);
  return latestPerPerson(ordered.flatMap((segment) => segment.entries)).sort(byParticipantId);
}

/** An entry a look-up found, in the segment it was found in. */
export interface Found {
  readonly seq: number;
  readonly entry: DirectoryEntry;
}

/** The entries of `segments` that `matches` keeps, each with its segment's seq. */
export function foundIn(segments: readonly DirectorySegment[], matches: (entry: DirectoryEntry) => boolean): Found[] {
  return segments.flatMap((segment) => segment.entries.filter(matches).map((entry) => ({ seq: segment.seq, entry })));
}

/**
 * The found entries that are current: each kept only if no later segment of the `tail` holds that
 * person (only the tail can supersede: a rewrite holds everyone once), ordered by participant id.
 */
export function currentOfFound(found: readonly Found[], tail: readonly DirectorySegment[]): DirectoryEntry[] {
  const newestInTail = new Map<string, number>();
  for (const segment of tail) {
    for (const id of segment.participantIds) newestInTail.set(id, Math.max(newestInTail.get(id) ?? -1, segment.seq));
  }
  return found
    .filter(({ seq, entry }) => (newestInTail.get(entry.participantId) ?? -1) <= seq)
    .map(({ entry }) => entry)
    .sort(byParticipantId);
}

function byParticipantId(a: DirectoryEntry, b: DirectoryEntry): number {
  return compareText(a.participantId, b.participantId);
}

/**
 * Tail segments a directory at rest may keep: more are rewritten at the end of a catch-up (the
 * page that says no more wait, which every long-poll answer is). Not before: rewriting while
 * pages still arrive only rewrote the same people again (a 20,000-person catch-up rewrote 37,000
 * entries on its way), and a catch-up always ends.
 */
export const TAIL_AT_REST = 1;
