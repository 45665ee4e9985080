/**
 * The kiosk's directory in segments (issue 19): whatever arrives, in pages, snapshots or single
 * edits, a scan and a typed name find exactly each person's newest entry, as a plain map of
 * people would, and at rest superseded copies are rewritten away.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { SEGMENT_SIZE, TAIL_AT_REST } from '../../../src/core/kiosk/directory-segments.js';
import type { DropinDb } from '../../../src/store/db.js';
import {
  allDirectoryEntries,
  clearDirectory,
  directoryByCardHash,
  directoryBySearchKey,
  putDirectoryEntries,
  replaceDirectory,
  restDirectory,
} from '../../../src/store/directory-store.js';
import { closeAll, freshIndexedDb, openDevice } from './fixtures.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

const PEOPLE = 900;
const CARDS = 40;
const WORDS = ['ana', 'rosa', 'luis', 'omar', 'maria', 'jose'];

function entry(person: number, card: number, words: readonly string[], active: boolean): DirectoryEntry {
  return {
    participantId: `part_${String(person).padStart(4, '0')}`,
    firstName: words[0] ?? 'Ana',
    lastInitial: 'R',
    searchKeys: [...new Set(words)].sort(),
    active,
    birthdayCheck: null,
    cardHashes: card < CARDS ? [`hash_${card}`] : [],
    language: null,
  };
}

const anEntry = fc
  .record({
    person: fc.integer({ min: 0, max: PEOPLE - 1 }),
    card: fc.integer({ min: 0, max: CARDS + 10 }),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    active: fc.boolean(),
  })
  .map(({ person, card, words, active }) => entry(person, card, words, active));

type Step =
  | { readonly kind: 'put'; readonly entries: DirectoryEntry[]; readonly atRest: boolean }
  | { readonly kind: 'snapshot'; readonly entries: DirectoryEntry[] }
  | { readonly kind: 'clear' };

const aStep: fc.Arbitrary<Step> = fc.oneof(
  // Single edits (a day at the desk), pull pages of a few hundred, and snapshots ('max': fast-check
  // otherwise keeps arrays short, and pages must span segments for copies to be superseded).
  {
    weight: 6,
    arbitrary: fc
      .record({ entries: fc.array(anEntry, { minLength: 1, maxLength: 3 }), atRest: fc.boolean() })
      .map((put) => ({ kind: 'put' as const, ...put })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ entries: fc.array(anEntry, { minLength: 0, maxLength: 600, size: 'max' }), atRest: fc.boolean() })
      .map((put) => ({ kind: 'put' as const, ...put })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(anEntry, { maxLength: 400, size: 'max' })
      .map((entries) => ({ kind: 'snapshot' as const, entries })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

async function write(db: DropinDb, step: Step): Promise<void> {
  const tx = db.transaction(['directorySegments', 'meta'], 'readwrite');
  const done =
    step.kind === 'put'
      ? putDirectoryEntries(tx, step.entries)
      : step.kind === 'snapshot'
        ? replaceDirectory(tx, step.entries)
        : clearDirectory(tx);
  await Promise.all([done, tx.done]);
  // The end of a catch-up, as the op store does after the last page: its own transaction.
  if (step.kind === 'put' && step.atRest) await restDirectory(db);
}

function applyToModel(model: Map<string, DirectoryEntry>, step: Step): void {
  if (step.kind !== 'put') model.clear();
  if (step.kind === 'clear') return;
  for (const one of step.entries) model.set(one.participantId, one);
}

const byId = (a: DirectoryEntry, b: DirectoryEntry) => (a.participantId < b.participantId ? -1 : 1);

describe('the kiosk directory in segments', () => {
  it('finds each person’s newest entry by card and by name, as a map of people would, and rests in few segments', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(aStep, { minLength: 1, maxLength: 30, size: 'max' }), async (steps) => {
        const { db } = await openDevice(`directory-${run++}`);
        const model = new Map<string, DirectoryEntry>();
        for (const step of steps) {
          await write(db, step);
          applyToModel(model, step);
          const segments = await db.count('directorySegments');
          // At rest: what a rewrite of everyone leaves, and a tail of one.
          const atRest = Math.ceil(model.size / SEGMENT_SIZE) + TAIL_AT_REST;
          if (step.kind !== 'put' || step.atRest) expect(segments).toBeLessThanOrEqual(atRest);
        }
        const expected = [...model.values()].sort(byId);
        expect(await allDirectoryEntries(db)).toEqual(expected);
        for (let card = 0; card < CARDS; card += 1) {
          const hash = `hash_${card}`;
          expect(await directoryByCardHash(db, hash)).toEqual(expected.filter((one) => one.cardHashes.includes(hash)));
        }
        for (const word of WORDS) {
          expect(await directoryBySearchKey(db, word)).toEqual(expected.filter((one) => one.searchKeys.includes(word)));
        }
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('keeps a day of single edits in one segment, and a new kiosk’s 20,000 people in eighty', async () => {
    const { db } = await openDevice('segments-count');
    for (let person = 0; person < 120; person += 1) {
      await write(db, { kind: 'put', entries: [entry(person, person, ['ana'], true)], atRest: true });
    }
    expect(await db.count('directorySegments')).toBe(1);
    const everyone = Array.from({ length: 20_000 }, (_, person) => entry(person, CARDS, ['rosa'], true));
    await write(db, { kind: 'snapshot', entries: everyone });
    expect(await db.count('directorySegments')).toBe(20_000 / SEGMENT_SIZE);
    expect((await directoryByCardHash(db, 'hash_3')).length).toBe(0);
    expect((await directoryBySearchKey(db, 'rosa')).length).toBe(20_000);
  }, 60_000);

  it('rewrites the directory with one entry per person at the end of a catch-up, not before', async () => {
    const { db } = await openDevice('compaction');
    // The same 300 people sent again and again, a page of 250 at a time (edits of a busy week).
    for (let page = 0; page < 40; page += 1) {
      const entries = Array.from({ length: SEGMENT_SIZE }, (_, n) =>
        entry((page * 97 + n) % 300, CARDS, [WORDS[page % 6] as string], true),
      );
      await write(db, { kind: 'put', entries, atRest: false });
    }
    expect(await db.count('directorySegments')).toBe(40);
    const last = WORDS[39 % 6] as string;
    expect((await directoryBySearchKey(db, last)).length).toBeGreaterThanOrEqual(SEGMENT_SIZE);
    await write(db, { kind: 'put', entries: [], atRest: true });
    expect(await db.count('directorySegments')).toBe(2);
    expect((await allDirectoryEntries(db)).length).toBe(300);
    expect((await directoryBySearchKey(db, last)).length).toBeGreaterThanOrEqual(SEGMENT_SIZE);
  });

  it('puts people who share a first name side by side, so a common name reads a segment or two', async () => {
    const { db } = await openDevice('clustered');
    const names = ['ana', 'rosa', 'luis', 'omar', 'maria', 'jose'];
    const everyone = Array.from({ length: 3_000 }, (_, person) =>
      entry(person, CARDS, [names[person % 6] as string], true),
    );
    // Arriving in pages, as a kiosk paired before the people were enrolled receives them.
    for (let start = 0; start < everyone.length; start += 500) {
      const atRest = start + 500 >= everyone.length;
      await write(db, { kind: 'put', entries: everyone.slice(start, start + 500), atRest });
    }
    for (const name of names) {
      const listing = await db.getAllFromIndex('directorySegments', 'bySearchKey', name);
      expect(listing.length).toBeLessThanOrEqual(Math.ceil(500 / SEGMENT_SIZE) + 1);
      expect((await directoryBySearchKey(db, name)).length).toBe(500);
    }
  });

  it('forgets a card the newest entry no longer holds, though an older segment still lists it', async () => {
    const { db } = await openDevice('superseded');
    const ana = entry(1, 5, ['ana'], true);
    await write(db, {
      kind: 'put',
      entries: [ana, ...Array.from({ length: SEGMENT_SIZE }, (_, n) => entry(100 + n, CARDS, ['luis'], true))],
      atRest: false,
    });
    const cardRevoked = { ...ana, cardHashes: [], searchKeys: ['anita'] };
    await write(db, { kind: 'put', entries: [cardRevoked], atRest: false });
    // The first segment still holds Ana's old entry; the second (refilled) her current one.
    expect(await db.count('directorySegments')).toBe(2);
    expect(await directoryByCardHash(db, 'hash_5')).toEqual([]);
    expect(await directoryBySearchKey(db, 'ana')).toEqual([]);
    expect(await directoryBySearchKey(db, 'anita')).toEqual([cardRevoked]);
  });
});
