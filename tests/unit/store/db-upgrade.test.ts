import 'fake-indexeddb/auto';
import { type IDBPDatabase, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import { DB_NAME, DB_VERSION, openDatabase, openDropinDb } from '../../../src/store/db.js';
import { type DeviceIdentity, getDeviceIdentity } from '../../../src/store/device-identity.js';
import { createOpStore } from '../../../src/store/op-store.js';
import { closeAll, freshIndexedDb, openDevice, received, STAFF } from './fixtures.js';

// Stored before sites: no `site` (such an identity reads as the first site's).
type IdentityBeforeSites = Omit<DeviceIdentity, 'site'>;

const identity: IdentityBeforeSites = {
  id: 'dev_1',
  name: 'Front desk laptop',
  role: 'staff',
  token: 'secret-token-1',
  revoked: false,
  pairedAt: '2026-11-28T18:00:00.000Z',
};

const STORES = ['directorySegments', 'meta', 'ops', 'outbox', 'rejected', 'sameDay', 'views'];

beforeEach(freshIndexedDb);
afterEach(closeAll);

describe('database version 5', () => {
  it('is lead-dropin version 5 with the op log, views, outbox, rejected, directory segments and same-day stores', async () => {
    const db = await openDropinDb();
    expect([db.name, db.version, [...db.objectStoreNames]]).toEqual([DB_NAME, 5, STORES]);
    expect(DB_VERSION).toBe(5);
  });

  it('upgrades a version 1 database and keeps the pairing stored in it', async () => {
    // Exactly what version 1 created: one out-of-line key-value store, `meta`.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
      },
    });
    await v1.put('meta', identity, 'deviceIdentity');
    await v1.put('meta', true, 'signOutPending');
    v1.close();

    expect(await getDeviceIdentity()).toEqual({ ...identity, site: DEFAULT_SITE_ID });
    const db = await openDropinDb();
    expect([db.version, [...db.objectStoreNames]]).toEqual([5, STORES]);
    expect(await db.get('meta', 'signOutPending')).toBe(true);

    const store = createOpStore(db);
    const op = await store.record(received('item_blanket', 4), STAFF);
    expect(await store.view('stock:item_blanket')).toMatchObject({ onHand: 4 });
    expect(await store.outboxBatch(10)).toEqual([op]);
    expect(await store.history('stock:item_blanket')).toEqual([op]);
  });

  it('creates the indexes the store reads by', async () => {
    const db = await openDatabase('indexes');
    const tx = db.transaction(['ops', 'views', 'outbox']);
    const byViewKey = tx.objectStore('ops').index('byViewKey');
    const byId = tx.objectStore('outbox').index('byId');
    expect([byViewKey.multiEntry, byViewKey.keyPath]).toEqual([true, 'viewKeys']);
    expect([byId.unique, byId.keyPath]).toEqual([true, 'id']);
    expect(tx.objectStore('views').index('byKind').keyPath).toBe('kind');
    expect(tx.objectStore('outbox').keyPath).toBe('seq');
    await tx.done;
    const v4 = db.transaction(['directorySegments', 'views', 'sameDay']);
    const indexOf = (store: 'directorySegments' | 'views' | 'sameDay', name: string) => {
      const index = v4.objectStore(store).index(name as never);
      return [index.keyPath, index.multiEntry];
    };
    expect(v4.objectStore('directorySegments').keyPath).toBe('seq');
    expect(indexOf('directorySegments', 'byParticipant')).toEqual(['participantIds', true]);
    expect(indexOf('directorySegments', 'byCardHash')).toEqual(['cardHashes', true]);
    expect(indexOf('directorySegments', 'bySearchKey')).toEqual(['searchKeys', true]);
    expect(indexOf('views', 'byParticipantDay')).toEqual([['participantId', 'day'], false]);
    expect(indexOf('views', 'byRequestVisit')).toEqual(['created.visitId', false]);
    expect(indexOf('sameDay', 'byParticipantDay')).toEqual([['participantId', 'day'], false]);
    expect(indexOf('sameDay', 'byVisit')).toEqual(['visitId', false]);
    await v4.done;
    db.close();
  });

  it('opens two databases by name that do not see each other', async () => {
    const a = await openDevice('device-a');
    const b = await openDevice('device-b');
    const fromA = await a.store.record(received('item_soap', 3), STAFF);
    const fromB = await b.store.record(received('item_soap', 5), { ...STAFF, deviceId: 'device_staff_2' });

    expect([fromA.seq, fromB.seq]).toEqual([1, 1]);
    expect(await a.store.allOps()).toEqual([fromA]);
    expect(await b.store.allOps()).toEqual([fromB]);
    expect(await a.store.view('stock:item_soap')).toMatchObject({ onHand: 3 });
    expect(await b.store.view('stock:item_soap')).toMatchObject({ onHand: 5 });
  });

  it('steps aside when another tab opens a newer version', async () => {
    const db = await openDatabase('upgrade-later');
    const newer = await openDB('upgrade-later', DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The old connection was closed for the upgrade, so it can no longer start a transaction.
    expect(() => db.transaction('meta')).toThrow();
  });
});

/** Exactly what version 2 created, filled with what a device on it held. */
async function versionTwo(fill: (db: IDBPDatabase) => Promise<void>): Promise<void> {
  const v2 = await openDB(DB_NAME, 2, {
    upgrade(db) {
      db.createObjectStore('meta');
      const ops = db.createObjectStore('ops', { keyPath: 'id' });
      ops.createIndex('byViewKey', 'viewKeys', { multiEntry: true });
      db.createObjectStore('views').createIndex('byKind', 'kind');
      db.createObjectStore('outbox', { keyPath: 'seq' }).createIndex('byId', 'id', { unique: true });
      db.createObjectStore('rejected', { keyPath: 'op.id' });
      db.createObjectStore('directory', { keyPath: 'participantId' });
    },
  });
  await fill(v2);
  v2.close();
}

const kioskIdentity: IdentityBeforeSites = { ...identity, role: 'kiosk', name: 'Lobby tablet' };
const queued = {
  id: 'op_queued_0001',
  deviceId: 'dev_1',
  seq: 1,
  at: '1764352800000-00000-dev_1',
  actor: null,
  type: 'visit.checkedIn',
  payload: { visitId: 'visit_0000001', day: '2026-11-28', ticket: 'A-1', who: 'visitor', name: null },
};

describe('upgrading version 2 to 3', () => {
  it('drops a kiosk directory that holds last names, and its cursor, so the next sync starts afresh', async () => {
    await versionTwo(async (db) => {
      await db.put('meta', kioskIdentity, 'deviceIdentity');
      await db.put('meta', { serverId: 'server_1', cursor: 120 }, 'syncCursor');
      await db.put('directory', {
        participantId: 'part_0001',
        firstName: 'José',
        lastInitial: 'M',
        searchKeys: ['jose', 'martinez'],
        active: true,
        confirm: false,
        birthdayCheck: null,
        cardHashes: [],
      });
      await db.put('outbox', queued);
      await db.put('ops', { ...queued, viewKeys: ['visit:visit_0000001'] });
    });

    const db = await openDropinDb();
    expect([db.version, [...db.objectStoreNames]]).toEqual([5, STORES]);
    const store = createOpStore(db);
    expect(await store.directory()).toEqual([]);
    expect(await store.getCursor()).toBeNull();
    expect(await getDeviceIdentity()).toEqual({ ...kioskIdentity, site: DEFAULT_SITE_ID });
    // What is waiting to be sent, and the log, are kept.
    expect(await store.outboxBatch(10)).toEqual([queued]);
    expect(await store.allOps()).toEqual([queued]);
  });

  it('keeps a staff device’s cursor, log and outbox (it has no directory)', async () => {
    await versionTwo(async (db) => {
      await db.put('meta', identity, 'deviceIdentity');
      await db.put('meta', { serverId: 'server_1', cursor: 120 }, 'syncCursor');
      await db.put('outbox', queued);
      await db.put('ops', { ...queued, viewKeys: [] });
    });

    const store = createOpStore(await openDropinDb());
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: 120 });
    expect(await store.outboxBatch(10)).toEqual([queued]);
    expect(await store.allOps()).toEqual([queued]);
  });
});

/** Exactly what version 3 created (version 2 and the same-day store), filled with what a kiosk on it held. */
async function versionThree(fill: (db: IDBPDatabase) => Promise<void>): Promise<void> {
  const v3 = await openDB(DB_NAME, 3, {
    upgrade(db) {
      db.createObjectStore('meta');
      const ops = db.createObjectStore('ops', { keyPath: 'id' });
      ops.createIndex('byViewKey', 'viewKeys', { multiEntry: true });
      db.createObjectStore('views').createIndex('byKind', 'kind');
      db.createObjectStore('outbox', { keyPath: 'seq' }).createIndex('byId', 'id', { unique: true });
      db.createObjectStore('rejected', { keyPath: 'op.id' });
      db.createObjectStore('directory', { keyPath: 'participantId' });
      db.createObjectStore('sameDay');
    },
  });
  await fill(v3);
  v3.close();
}

describe('upgrading version 3', () => {
  const rosa = {
    participantId: 'part_0001',
    firstName: 'Rosa',
    lastInitial: 'M',
    searchKeys: ['rosa', 'rosie'],
    active: true,
    birthdayCheck: null,
    cardHashes: ['hash_a', 'hash_b'],
    language: 'es',
  };
  const visitView = {
    kind: 'visit',
    visitId: 'visit_0000001',
    day: '2026-11-28',
    ticket: 'A-1',
    who: 'participant',
    participantId: 'part_0001',
    method: 'card',
    at: '1764352800000-00000-dev_1',
    opId: 'op_visit_0001',
    deviceId: 'dev_1',
  };
  const requestView = {
    kind: 'request',
    id: 'request_0000001',
    created: {
      requestId: 'request_0000001',
      visitId: 'visit_0000001',
      day: '2026-11-28',
      participantId: 'part_0001',
      ticket: 'A-1',
      items: [{ itemId: 'item_socks', quantity: 2 }],
      at: '1764352801000-00000-dev_1',
      opId: 'op_request_0001',
      deviceId: 'dev_1',
    },
    outcome: null,
    overridden: [],
  };
  const keptVisit = {
    kind: 'visit',
    visitId: 'visit_0000009',
    day: '2026-11-28',
    ticket: 'A-9',
    participantId: 'part_0002',
  };
  const keptRequest = {
    kind: 'request',
    requestId: 'request_0000009',
    visitId: 'visit_0000009',
    day: '2026-11-28',
    items: [{ itemId: 'item_socks', quantity: 1 }],
  };

  it('keeps every store’s data, cursor and directory included, and indexes what was already there', async () => {
    await versionThree(async (db) => {
      await db.put('meta', kioskIdentity, 'deviceIdentity');
      await db.put('meta', { serverId: 'server_1', cursor: 120 }, 'syncCursor');
      await db.put('directory', rosa);
      await db.put('views', visitView, 'visit:visit_0000001');
      await db.put('views', requestView, 'request:request_0000001');
      await db.put('sameDay', keptVisit, 'visit:visit_0000009');
      await db.put('sameDay', keptRequest, 'request:request_0000009');
      await db.put('outbox', queued);
      await db.put('ops', { ...queued, viewKeys: ['visit:visit_0000001'] });
    });

    const db = await openDropinDb();
    expect([db.version, [...db.objectStoreNames]]).toEqual([5, STORES]);
    const store = createOpStore(db);
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: 120 });
    expect(await store.directory()).toEqual([rosa]);
    expect(await store.outboxBatch(10)).toEqual([queued]);
    expect(await store.allOps()).toEqual([queued]);
    expect(await store.directoryByCardHash('hash_b')).toEqual([rosa]);
    expect(await store.directoryBySearchKey('rosie')).toEqual([rosa]);
    expect(await store.directoryBySearchKey('maria')).toEqual([]);
    expect(await store.sameDayRecordsOf('part_0001', '2026-11-28')).toEqual([
      { kind: 'visit', visitId: 'visit_0000001', day: '2026-11-28', ticket: 'A-1', participantId: 'part_0001' },
      {
        kind: 'request',
        requestId: 'request_0000001',
        visitId: 'visit_0000001',
        day: '2026-11-28',
        items: [{ itemId: 'item_socks', quantity: 2 }],
      },
    ]);
    expect(await store.sameDayRecordsOf('part_0002', '2026-11-28')).toEqual([keptVisit, keptRequest]);
    expect(await store.sameDayRecordsOf('part_0002', '2026-11-29')).toEqual([]);
  });
});

/** Exactly what version 4 created (version 3 and its indexes), filled with what a kiosk on it held. */
async function versionFour(fill: (db: IDBPDatabase) => Promise<void>): Promise<void> {
  const v4 = await openDB(DB_NAME, 4, {
    upgrade(db) {
      db.createObjectStore('meta');
      const ops = db.createObjectStore('ops', { keyPath: 'id' });
      ops.createIndex('byViewKey', 'viewKeys', { multiEntry: true });
      const views = db.createObjectStore('views');
      views.createIndex('byKind', 'kind');
      views.createIndex('byParticipantDay', ['participantId', 'day']);
      views.createIndex('byRequestVisit', 'created.visitId');
      db.createObjectStore('outbox', { keyPath: 'seq' }).createIndex('byId', 'id', { unique: true });
      db.createObjectStore('rejected', { keyPath: 'op.id' });
      const directory = db.createObjectStore('directory', { keyPath: 'participantId' });
      directory.createIndex('byCardHash', 'cardHashes', { multiEntry: true });
      directory.createIndex('bySearchKey', 'searchKeys', { multiEntry: true });
      const sameDay = db.createObjectStore('sameDay');
      sameDay.createIndex('byParticipantDay', ['participantId', 'day']);
      sameDay.createIndex('byVisit', 'visitId');
    },
  });
  await fill(v4);
  v4.close();
}

describe('upgrading version 4 to 5', () => {
  // More people than one segment holds, so the move makes several.
  const people = Array.from({ length: 620 }, (_, index) => {
    const participantId = `part_${String(index).padStart(4, '0')}`;
    return {
      participantId,
      firstName: index % 3 ? 'Rosa' : 'Luis',
      lastInitial: 'M',
      searchKeys: index % 3 ? ['rosa', `alias${index}`] : ['luis'],
      active: index !== 7,
      birthdayCheck: null,
      cardHashes: [`hash_${index}`],
      language: null,
    };
  });

  it('moves the directory into segments (the same people, found the same way) and keeps the cursor', async () => {
    await versionFour(async (db) => {
      await db.put('meta', kioskIdentity, 'deviceIdentity');
      await db.put('meta', { serverId: 'server_1', cursor: 900 }, 'syncCursor');
      const tx = db.transaction('directory', 'readwrite');
      await Promise.all([...people.map((person) => tx.store.put(person)), tx.done]);
    });

    const db = await openDropinDb();
    expect([db.version, [...db.objectStoreNames]]).toEqual([5, STORES]);
    expect(await db.count('directorySegments')).toBe(3);
    const store = createOpStore(db);
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: 900 });
    expect(await store.directory()).toEqual(people);
    expect(await store.directoryByCardHash('hash_612')).toEqual([people[612]]);
    expect(await store.directoryBySearchKey('alias7')).toEqual([people[7]]);
    expect(await store.directoryBySearchKey('luis')).toEqual(people.filter((_, index) => index % 3 === 0));
  });
});
