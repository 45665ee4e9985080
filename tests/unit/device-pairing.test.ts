import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDropinDb, openDropinDb } from '../../src/store/db.js';
import { getDeviceIdentity, saveDeviceIdentity } from '../../src/store/device-identity.js';
import { createOpStore } from '../../src/store/op-store.js';
import { checkThisDevice, loadThisDevice, pairThisDevice } from '../../src/sync/device.js';
import { thisDevice } from '../../src/sync/device-state.js';
import { pairResponseFixture } from '../support/api-fixtures.js';
import { pairedIdentity } from '../support/device-fixtures.js';

// The server's answer, as the core schema reads it: a kiosk named "Lobby tablet", id dev_9.
const pairResponse = pairResponseFixture('tok-new', { id: 'dev_9', name: 'Lobby tablet', role: 'kiosk' });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let fetchMock: ReturnType<typeof vi.fn>;
let persist: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  thisDevice.value = undefined;
  fetchMock = vi.fn();
  persist = vi.fn().mockResolvedValue(true);
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('navigator', { storage: { persist } });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDropinDb();
});

describe('pairThisDevice', () => {
  it('sends the code in its canonical form, stores the identity and asks for persistent storage', async () => {
    fetchMock.mockResolvedValue(json(200, pairResponse));
    const result = await pairThisDevice(' abcd 2345 ');
    expect(result.ok).toBe(true);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect([url, init.body]).toEqual(['/api/devices/pair', '{"code":"ABCD-2345"}']);
    const stored = { id: 'dev_9', name: 'Lobby tablet', role: 'kiosk', token: 'tok-new', revoked: false };
    expect(await getDeviceIdentity()).toMatchObject(stored);
    expect(thisDevice.value).toMatchObject(stored);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask the server about something that cannot be a code', async () => {
    expect(await pairThisDevice('12')).toMatchObject({ ok: false, error: 'pairing_code_format' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the old (revoked) identity when the new code is wrong', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_1', name: 'Old' }, { token: 'tok-old', revoked: true }));
    fetchMock.mockResolvedValue(json(404, { error: 'pairing_code_invalid', message: 'This code is wrong.' }));
    expect(await pairThisDevice('ABCD-2345')).toMatchObject({ ok: false, status: 404, error: 'pairing_code_invalid' });
    expect(await getDeviceIdentity()).toMatchObject({ token: 'tok-old', revoked: true });
  });

  it('replaces a revoked identity when pairing again', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_1', name: 'Old' }, { token: 'tok-old', revoked: true }));
    fetchMock.mockResolvedValue(json(200, pairResponse));
    await pairThisDevice('ABCD2345');
    expect(await getDeviceIdentity()).toMatchObject({ id: 'dev_9', token: 'tok-new', revoked: false });
  });
});

describe('checkThisDevice', () => {
  it('marks the device revoked when the server says so', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_1', name: 'Lobby' }, { token: 'tok', revoked: false }));
    await loadThisDevice();
    const store = createOpStore(await openDropinDb());
    const entry = {
      participantId: 'part_0001',
      firstName: 'Ana',
      lastInitial: 'R',
      searchKeys: ['ana'],
      active: true,
      birthdayCheck: null,
      cardHashes: ['h'.repeat(64)],
    };
    await store.applyPulled({ serverId: 's', cursor: 3, ops: [], views: [], directory: [entry] });
    const unsent = await store.record(
      {
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_0001', day: '2026-11-28', ticket: null, who: 'visitor', name: 'Bo' },
      },
      { deviceId: 'device_kiosk_1', actor: null },
    );
    fetchMock.mockResolvedValue(json(401, { error: 'device_revoked', message: 'Pair it again.' }));
    await checkThisDevice();
    expect(thisDevice.value?.revoked).toBe(true);
    // A kiosk that is no longer trusted forgets its directory at once; unsent ops stay queued.
    expect(await store.directory()).toEqual([]);
    expect(await store.outboxBatch(10)).toEqual([unsent]);
  });

  it('changes nothing when offline: the kiosk keeps welcoming people', async () => {
    await saveDeviceIdentity(pairedIdentity({ id: 'dev_1', name: 'Lobby' }, { token: 'tok', revoked: false }));
    await loadThisDevice();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await checkThisDevice();
    expect(thisDevice.value?.revoked).toBe(false);
    expect((await getDeviceIdentity())?.revoked).toBe(false);
  });

  it('does not ask when the browser is not paired', async () => {
    await loadThisDevice();
    await checkThisDevice();
    expect(thisDevice.value).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
