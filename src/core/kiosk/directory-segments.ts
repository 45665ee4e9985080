/**
 * How a kiosk lays its participant directory out on disk: in segments of up to `SEGMENT_SIZE`
 * entries, not one record per person. IndexedDB pays a fixed cost per record written (20,000 bare
 * puts take longer than downloading the same 20,000 entries), so a directory of one record per
 * person cost a new kiosk more than three times its download; in segments it costs a fraction.
 *
 * A person's newest entry lives in the segment with the highest `seq` that holds them: writes only
 * append (or fill the last segment), so an older segment may still hold a superseded copy until
 * compaction rewrites the directory with one entry per person. Each segment lists the participant
 * ids, card hashes and search keys of its entries, which IndexedDB indexes (multi-entry), so a
 * scan or a typed name reads the few segments that hold it, never the whole directory.
 */
import type { DirectoryEntry } from '../fold/directory.js';

/** Entries per segment: a look-up deserialises one segment (about 60 KB) per match. */
export const SEGMENT_SIZE = 250;

/** Compaction waits until there are this many more segments than the last compaction left. */
const SEGMENT_SLACK = 16;

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

/**
 * What appending `entries` writes: the last segment refilled when it has room (so a day of single
 * edits makes one segment, not hundreds), then new segments. The last segment keeps its seq.
 */
export function appendedSegments(
  last: DirectorySegment | undefined,
  entries: readonly DirectoryEntry[],
): DirectorySegment[] {
  if (entries.length === 0) return [];
  if (last && last.entries.length < SEGMENT_SIZE) {
    return segmentsOf(latestPerPerson([...last.entries, ...entries]), last.seq);
  }
  return segmentsOf(latestPerPerson(entries), last ? last.seq + 1 : 0);
}

/** Every person's current entry across `segments`, ordered by participant id. */
export function currentEntries(segments: readonly DirectorySegment[]): DirectoryEntry[] {
  const ordered = [...segments].sort((a, b) => a.seq - b.seq);
  return latestPerPerson(ordered.flatMap((segment) => segment.entries)).sort((a, b) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
  );
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
 * The found entries that are current: each kept only if no later segment holds that person
 * (`newestSeqOf` gives the highest seq holding them), ordered by participant id.
 */
export function currentOfFound(
  found: readonly Found[],
  newestSeqOf: (participantId: string) => number,
): DirectoryEntry[] {
  return found
    .filter(({ seq, entry }) => newestSeqOf(entry.participantId) === seq)
    .map(({ entry }) => entry)
    .sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0));
}

/**
 * Whether to rewrite the directory with one entry per person: once there are twice the segments the
 * last compaction left, plus slack. Doubling keeps the rewriting linear overall (a directory
 * arriving in pulls is rewritten at most about once more in total), and the slack lets a day of
 * edits pass without any.
 */
export function shouldCompact(segmentCount: number, segmentsAfterCompaction: number): boolean {
  return segmentCount > 2 * segmentsAfterCompaction + SEGMENT_SLACK;
}
