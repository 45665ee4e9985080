import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../src/core/auth/api.js';
import { endSession, loadSession, staffSession, startSession } from '../../src/staff/session.js';
import { closeDropinDb } from '../../src/store/db.js';
import { saveDeviceIdentity } from '../../src/store/device-identity.js';
import { getRememberedSession } from '../../src/store/staff-session.js';
import { appOpStore, recordChange } from '../../src/sync/app-sync.js';
import { thisDevice } from '../../src/sync/device-state.js';
import { sessionFixture } from '../support/api-fixtures.js';
import { pairedIdentity } from '../support/device-fixtures.js';

const session: Session = sessionFixture({ staff: { displayName: 'Maria G.', role: 'admin' } });
const device = (role: 'kiosk' | 'staff') => pairedIdentity({ id: 'dev_1', name: 'Desk', role });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  thisDevice.value = undefined;
  staffSession.value = { status: 'loading' };
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDropinDb();
});

describe('the staff session', () => {
  it('is signed in when the server confirms the cookie', async () => {
    fetchMock.mockResolvedValue(json(200, session));
    await loadSession();
    expect(staffSession.value).toEqual({ status: 'signedIn', session, offline: false });
  });

  it('is signed out when the server says nobody is signed in', async () => {
    fetchMock.mockResolvedValue(json(401, { error: 'unauthorized', message: 'Please sign in first.' }));
    await loadSession();
    expect(staffSession.value).toEqual({ status: 'signedOut' });
  });

  it('opens offline on a paired staff device that was signed in', async () => {
    await saveDeviceIdentity(device('staff'));
    await startSession(session);
    fetchMock.mockImplementation(offline);
    await loadSession();
    expect(staffSession.value).toEqual({ status: 'signedIn', session, offline: true });
  });

  it('never opens offline on a kiosk tablet or an unpaired browser', async () => {
    await saveDeviceIdentity(device('kiosk'));
    await startSession(session);
    expect(await getRememberedSession()).toBeNull();
    fetchMock.mockImplementation(offline);
    await loadSession();
    expect(staffSession.value).toEqual({ status: 'offline' });
  });

  it('does not open offline after the session’s idle expiry', async () => {
    await saveDeviceIdentity(device('staff'));
    await startSession({ ...session, idleExpiresAt: new Date(Date.now() - 1000).toISOString() });
    fetchMock.mockImplementation(offline);
    await loadSession();
    expect(staffSession.value).toEqual({ status: 'offline' });
  });

  it('finishes an offline sign-out with the server before asking who is signed in', async () => {
    await saveDeviceIdentity(device('staff'));
    await startSession(session);
    fetchMock.mockImplementation(offline);
    await endSession();
    expect(staffSession.value).toEqual({ status: 'signedOut' });
    expect(await getRememberedSession()).toBeNull();

    fetchMock.mockReset();
    fetchMock
      .mockResolvedValueOnce(json(200, { ok: true }))
      .mockResolvedValueOnce(json(401, { error: 'unauthorized', message: 'Please sign in first.' }));
    await loadSession();
    const calls = fetchMock.mock.calls.map(([url, init]) => `${(init as RequestInit).method} ${url}`);
    expect(calls).toEqual(['DELETE /api/session', 'GET /api/session']);
    expect(staffSession.value).toEqual({ status: 'signedOut' });

    fetchMock.mockReset();
    fetchMock.mockResolvedValue(json(200, session));
    await loadSession();
    expect(fetchMock.mock.calls.map(([url, init]) => `${(init as RequestInit).method} ${url}`)).toEqual([
      'GET /api/session',
    ]);
  });

  it('sends what is waiting before ending the session, so the server sees it as this person’s', async () => {
    await startSession(session);
    const recorded = await recordChange(
      { type: 'stock.received', payload: { itemId: 'item_soap_0001', quantity: 4, kind: 'donation' } },
      session.staff.id,
    );
    if (!recorded.ok) throw new Error(recorded.message);
    fetchMock.mockReset();
    fetchMock
      .mockResolvedValueOnce(json(200, { serverId: 'srv', results: [{ id: recorded.op.id, status: 'accepted' }] }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    await endSession();
    const calls = fetchMock.mock.calls.map(([url, init]) => `${(init as RequestInit).method} ${url}`);
    expect(calls).toEqual(['POST /api/sync/push', 'DELETE /api/session']);
    expect(await (await appOpStore()).outboxCount()).toBe(0);
  });
});
