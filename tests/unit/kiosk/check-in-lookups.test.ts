/**
 * The kiosk's hot paths read by index (issue 19): a scanned card, a typed name and the same-day
 * rules find what they need without reading the whole directory or every visit and request the
 * tablet holds, and give the same answers as reading everything would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { hashCardToken } from '../../../src/core/cards/card-token.js';
import { centerDay } from '../../../src/core/day.js';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { birthdayCheckOf } from '../../../src/core/kiosk/birthday-check.js';
import { findByNameAndBirthday } from '../../../src/core/kiosk/name-search.js';
import { returningVisit } from '../../../src/core/kiosk/same-day.js';
import { confirmVisit, identifyParticipant, participantForCard } from '../../../src/kiosk/check-in.js';
import { lookUpName, nameConfirmed } from '../../../src/kiosk/name-check-in.js';
import { closeDropinDb, openDropinDb } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { replaceDirectory } from '../../../src/store/directory-store.js';
import { appOpStore } from '../../../src/sync/app-sync.js';
import { pairedIdentity } from '../../support/device-fixtures.js';

const CARD = `LD1-8Z3K${'0'.repeat(21)}A`;
const OTHER_CARD = `LD1-8Z3K${'0'.repeat(21)}B`;

function person(index: number, fields: Partial<DirectoryEntry> = {}): DirectoryEntry {
  const participantId = `person_${String(index).padStart(4, '0')}`;
  return {
    participantId,
    firstName: index % 2 ? 'Rosa' : 'Ana',
    lastInitial: String.fromCharCode(65 + (index % 26)),
    searchKeys: index % 2 ? ['rosa'] : ['ana', 'anita'],
    active: true,
    birthdayCheck: birthdayCheckOf(participantId, `1990-${String((index % 12) + 1).padStart(2, '0')}-05`),
    cardHashes: [hashCardToken(`LD1-${String(index).padStart(26, '0')}`)],
    language: null,
    ...fields,
  };
}

// More people than one directory segment holds, so a look-up has segments to leave unread.
const directory: DirectoryEntry[] = [
  ...Array.from({ length: 600 }, (_, index) => person(index)),
  // The card's holder, and an earlier holder of another card who stopped taking part.
  person(100, { firstName: 'Marisol', searchKeys: ['marisol'], cardHashes: [hashCardToken(CARD)] }),
  person(101, { firstName: 'Omar', searchKeys: ['omar'], active: false, cardHashes: [hashCardToken(OTHER_CARD)] }),
];

let storeGetAll: MockInstance;
let indexGetAll: MockInstance;

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  await saveDeviceIdentity(pairedIdentity({ id: 'device_lobby_1', role: 'kiosk', ticketLetter: 'K' }));
  const db = await openDropinDb();
  const tx = db.transaction(['directorySegments', 'meta'], 'readwrite');
  await Promise.all([replaceDirectory(tx, directory), tx.done]);
  storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDropinDb();
});

/** Stores read whole (no key range), and indexes read by kind, since the spies were set. */
function wholeReads(): string[] {
  const stores = storeGetAll.mock.contexts
    .filter((_, call) => storeGetAll.mock.calls[call]?.[0] == null)
    .map((store) => (store as IDBObjectStore).name);
  const byKind = indexGetAll.mock.contexts
    .map((index) => index as IDBIndex)
    .filter((index) => index.name === 'byKind')
    .map((index) => `${index.objectStore.name}.byKind`);
  return [...stores, ...byKind];
}

describe('a scanned card', () => {
  it('finds its active holder by index, never reading the whole directory', async () => {
    expect(await participantForCard(` ${CARD.toLowerCase()} `)).toEqual(directory.at(-2));
    expect(await participantForCard(OTHER_CARD)).toBeNull();
    expect(await participantForCard(`LD1-ZZZZ${'0'.repeat(21)}A`)).toBeNull();
    expect(await participantForCard('not a card')).toBeNull();
    expect(wholeReads()).toEqual([]);
  });
});

describe('a typed name and birthday', () => {
  it('gives the answer a search of the whole directory gives, reading only the people with that name', async () => {
    const cases: [string, number, number][] = [
      ['Rosa', 2, 5],
      ['  ANITA ', 1, 5],
      ['ana anita', 3, 5],
      ['Ana Rosa', 1, 5],
      ['Marisol', 1, 5],
      ['Marisol', 2, 5],
      ['Omar', 2, 5],
      ['nobody', 1, 5],
      ['!!!', 1, 5],
    ];
    for (const [typed, month, day] of cases) {
      const step = await lookUpName(typed, month, day);
      const outcome = findByNameAndBirthday(directory, typed, month, day);
      if (outcome.kind === 'one') expect(step).toMatchObject({ step: 'confirm', entry: outcome.entry });
      else if (outcome.kind === 'choose') expect(step).toMatchObject({ step: 'choose', choices: outcome.choices });
      // A miss: "please see staff" (three in a row would rest name check-in: a success resets the count).
      else expect(step).toEqual({ step: 'seeStaff' });
      nameConfirmed();
    }
    expect(wholeReads()).toEqual([]);
  });
});

describe('the same-day rules at check-in', () => {
  it('find a returning visit and what was asked at it as reading every record would, by index', async () => {
    const day = centerDay(new Date());
    const meal = { itemId: 'item_warm_meal', quantity: 1 };
    const socks = { itemId: 'item_socks', quantity: 2 };
    // Several people's visits, some with requests, some asking twice; then the purge turns the
    // synced ones into same-day records, and more visits follow as views.
    for (const [index, items] of [
      [1, [meal]],
      [2, []],
      [3, [meal, socks]],
    ] as const) {
      const first = await confirmVisit(await identifyParticipant(person(index), 'card'), items);
      expect(first.ok).toBe(true);
    }
    const store = await appOpStore();
    await store.acknowledge((await store.outboxBatch(100)).map((op) => op.id));
    await store.purgeKioskHistory();
    for (const [index, items] of [
      [3, [socks]],
      [4, [meal]],
      [1, [socks]],
    ] as const) {
      expect((await confirmVisit(await identifyParticipant(person(index), 'name'), items)).ok).toBe(true);
    }
    storeGetAll.mockClear();
    indexGetAll.mockClear();

    const everything = await store.sameDayRecords();
    for (const index of [1, 2, 3, 4, 5]) {
      const { participantId } = person(index);
      for (const onDay of [day, '2001-01-01']) {
        expect(returningVisit(await store.sameDayRecordsOf(participantId, onDay), participantId, onDay)).toEqual(
          returningVisit(everything, participantId, onDay),
        );
      }
    }
    expect(returningVisit(everything, person(3).participantId, day)?.asked).toEqual(
      new Map([
        ['item_warm_meal', 1],
        ['item_socks', 4],
      ]),
    );
    indexGetAll.mockClear();
    storeGetAll.mockClear();
    expect(await identifyParticipant(person(1), 'card')).toMatchObject({ again: true });
    expect(wholeReads()).toEqual([]);
  });
});
