/**
 * Catching up, pages overlap (issue 19): the next page is asked for while this one is stored,
 * through the real request path (the device's token read from IndexedDB) and the real store over
 * fake-indexeddb. Reading the token for each request once made every request wait for the page
 * being written (a read of `meta` queues behind a transaction writing it), so the pulls ran one
 * after the other; and a token changed since is still the one sent.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDropinDb, openDropinDb, writeMeta } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { createOpStore } from '../../../src/store/op-store.js';
import { pullChanges } from '../../../src/sync/sync-cycle.js';
import { httpSyncTransport } from '../../../src/sync/sync-transport.js';
import { pairedIdentity } from '../../support/device-fixtures.js';

const PAGES = 4;
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const person = (n: number) => ({
  participantId: `part_${String(n).padStart(4, '0')}`,
  firstName: 'Ana',
  lastInitial: 'R',
  searchKeys: ['ana'],
  active: true,
  birthdayCheck: null,
  cardHashes: [],
  language: null,
});

let events: string[];

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  events = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const after = Number(new URL(url, 'http://kiosk.test').searchParams.get('after'));
      events.push(`request after ${after} with ${new Headers(init.headers).get('authorization')}`);
      return json({
        serverId: 'server_1',
        cursor: after + 1,
        more: after + 1 < PAGES,
        ops: [],
        views: [],
        directory: [person(after)],
      });
    }),
  );
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDropinDb();
});

async function pairedKioskStore(token: string) {
  await saveDeviceIdentity(pairedIdentity({ id: 'dev_lobby_1', role: 'kiosk' }, { token }));
  await writeMeta('syncCursor', { serverId: 'server_1', cursor: 0 });
  const store = createOpStore(await openDropinDb());
  const applyPulled = store.applyPulled;
  store.applyPulled = async (page) => {
    events.push(`stored up to ${page.cursor}`);
    const fresh = await applyPulled(page);
    events.push(`stored up to ${page.cursor}: committed`);
    return fresh;
  };
  return store;
}

describe('catching up on several pages', () => {
  it('asks for the next page before this one’s write has committed, and stores them all in order', async () => {
    const store = await pairedKioskStore('token-one');
    expect(await pullChanges(store, httpSyncTransport(), 1)).toEqual({ ok: true });

    for (let page = 1; page < PAGES; page += 1) {
      expect(events.indexOf(`request after ${page} with Bearer token-one`)).toBeLessThan(
        events.indexOf(`stored up to ${page}: committed`),
      );
    }
    expect(events.filter((event) => event.endsWith('committed'))).toEqual(
      Array.from({ length: PAGES }, (_, page) => `stored up to ${page + 1}: committed`),
    );
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: PAGES });
    expect((await store.directory()).map((entry) => entry.participantId)).toEqual(
      Array.from({ length: PAGES }, (_, n) => person(n).participantId),
    );
  });

  it('sends the token stored by pairing again, not the one it read before', async () => {
    const store = await pairedKioskStore('token-one');
    await pullChanges(store, httpSyncTransport(), 1);
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_lobby_2', role: 'kiosk' }, { token: 'token-two' }));
    await writeMeta('syncCursor', { serverId: 'server_1', cursor: 0 });
    events = [];
    await pullChanges(store, httpSyncTransport(), 1);
    expect(events[0]).toBe('request after 0 with Bearer token-two');
  });
});
