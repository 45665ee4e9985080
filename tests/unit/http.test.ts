import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Device, Ok } from '../../src/core/auth/api.js';
import { closeDropinDb } from '../../src/store/db.js';
import { getDeviceIdentity, saveDeviceIdentity } from '../../src/store/device-identity.js';
import { thisDevice } from '../../src/sync/device-state.js';
import { type ApiFailure, apiRequest, onApiFailure } from '../../src/sync/http.js';
import { deviceFixture } from '../support/api-fixtures.js';
import { pairedIdentity } from '../support/device-fixtures.js';

const identity = pairedIdentity({ id: 'dev_1' }, { token: 'tok-123' });

const device = deviceFixture({ id: 'dev_1' });

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

let fetchMock: ReturnType<typeof vi.fn>;

function lastRequest(): { url: string; init: RequestInit; headers: Record<string, string> } {
  const [url, init] = fetchMock.mock.calls.at(-1) as [string, RequestInit];
  return { url, init, headers: init.headers as Record<string, string> };
}

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  thisDevice.value = undefined;
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeDropinDb();
});

describe('apiRequest', () => {
  it('returns the validated value of a successful answer', async () => {
    fetchMock.mockResolvedValue(json(200, device));
    expect(await apiRequest('GET', '/api/devices/me', { schema: Device })).toEqual({ ok: true, value: device });
    const { url, init } = lastRequest();
    expect([url, init.method, init.credentials]).toEqual(['/api/devices/me', 'GET', 'same-origin']);
  });

  it('sends a JSON body with its content type, and no content type without a body', async () => {
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await apiRequest('POST', '/api/session', { body: { loginName: 'maria', secret: 'x' }, schema: Ok });
    expect(lastRequest().init.body).toBe('{"loginName":"maria","secret":"x"}');
    expect(lastRequest().headers['Content-Type']).toBe('application/json');
    await apiRequest('POST', '/api/staff/s1/disable', { schema: Ok });
    expect(lastRequest().init.body).toBeUndefined();
    expect(lastRequest().headers['Content-Type']).toBeUndefined();
  });

  it('maps an API error to {status, error, message}', async () => {
    fetchMock.mockResolvedValue(json(409, { error: 'login_taken', message: 'That sign-in name is taken.' }));
    expect(await apiRequest('POST', '/api/staff', { body: {}, schema: Ok })).toEqual({
      ok: false,
      status: 409,
      error: 'login_taken',
      message: 'That sign-in name is taken.',
    });
  });

  it('reports a network failure as status 0 "offline"', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await apiRequest('GET', '/api/session', { schema: Ok })).toEqual({
      ok: false,
      status: 0,
      error: 'offline',
      message: 'Failed to fetch',
    });
  });

  it('refuses an answer that does not match the schema', async () => {
    fetchMock.mockResolvedValue(json(200, { ok: 'yes' }));
    expect(await apiRequest('GET', '/api/x', { schema: Ok })).toMatchObject({
      ok: false,
      status: 200,
      error: 'bad_response',
    });
  });

  it('copes with an error that is not JSON', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await apiRequest('GET', '/api/x', { schema: Ok })).toEqual({
      ok: false,
      status: 502,
      error: 'http_502',
      message: 'Bad Gateway',
    });
  });

  it('reads Retry-After from a 429', async () => {
    fetchMock.mockResolvedValue(
      json(429, { error: 'too_many_attempts', message: 'Try again in 4 minutes.' }, { 'Retry-After': '240' }),
    );
    expect(await apiRequest('POST', '/api/session', { body: {}, schema: Ok })).toMatchObject({
      status: 429,
      error: 'too_many_attempts',
      retryAfterSeconds: 240,
    });
  });

  it('tells failure listeners, until they unsubscribe', async () => {
    const seen: ApiFailure[] = [];
    const stop = onApiFailure((failure) => seen.push(failure));
    fetchMock.mockImplementation(async () => json(401, { error: 'unauthorized', message: 'Please sign in first.' }));
    await apiRequest('GET', '/api/session', { schema: Ok });
    stop();
    await apiRequest('GET', '/api/session', { schema: Ok });
    expect(seen.map((failure) => failure.error)).toEqual(['unauthorized']);
  });
});

describe('the device token', () => {
  it('is not sent by a browser that was never paired', async () => {
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await apiRequest('GET', '/api/x', { schema: Ok });
    expect(lastRequest().headers.Authorization).toBeUndefined();
  });

  it('is sent as a bearer token by a paired device', async () => {
    await saveDeviceIdentity(identity);
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await apiRequest('GET', '/api/x', { schema: Ok });
    expect(lastRequest().headers.Authorization).toBe('Bearer tok-123');
  });

  it('on 401 device_revoked: the identity is marked revoked and kept, and the signal follows', async () => {
    await saveDeviceIdentity(identity);
    fetchMock.mockResolvedValue(json(401, { error: 'device_revoked', message: 'Pair it again.' }));
    const result = await apiRequest('GET', '/api/devices/me', { schema: Device });
    expect(result).toMatchObject({ ok: false, status: 401, error: 'device_revoked' });
    expect(await getDeviceIdentity()).toEqual({ ...identity, revoked: true });
    expect(thisDevice.value).toEqual({ ...identity, revoked: true });
  });

  it('is no longer sent once revoked, so staff can still sign in on that browser', async () => {
    await saveDeviceIdentity({ ...identity, revoked: true });
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await apiRequest('GET', '/api/session', { schema: Ok });
    expect(lastRequest().headers.Authorization).toBeUndefined();
  });

  it('a plain 401 (not signed in) leaves the identity alone', async () => {
    await saveDeviceIdentity(identity);
    fetchMock.mockResolvedValue(json(401, { error: 'unauthorized', message: 'Please sign in first.' }));
    await apiRequest('GET', '/api/staff', { schema: Ok });
    expect((await getDeviceIdentity())?.revoked).toBe(false);
  });
});
