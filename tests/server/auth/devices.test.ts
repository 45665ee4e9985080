import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAIRING_CODE_TTL_MS } from '../../../server/auth/pairing.js';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { stopWallClock } from '../support/stop-wall-clock.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('device pairing', () => {
  let server: TestServer;
  let clock: Date;
  let staff: ApiClient;
  beforeEach(async () => {
    clock = new Date('2026-12-02T18:00:00Z');
    server = await startTestServer({ now: () => clock });
    const admin = await setUpFirstAdmin(server);
    await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '907152' });
    staff = await signIn(server, 'sam', '907152');
  });
  afterEach(async () => {
    await server.close();
  });

  it('gives a short code that expires in 10 minutes and works once, however it is typed', async () => {
    const pairing = await staff.post<{ code: string; expiresAt: string }>('/api/devices/pairings', {
      name: 'Lobby tablet',
      role: 'kiosk',
    });
    expect(pairing.body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(Date.parse(pairing.body.expiresAt) - clock.getTime()).toBe(10 * 60 * 1000);

    const typed = ` ${pairing.body.code.replace('-', '').toLowerCase()} `;
    const tablet = new ApiClient(server.baseUrl);
    const paired = await tablet.post<{ device: Record<string, unknown>; token: string }>('/api/devices/pair', {
      code: typed,
    });
    expect(paired.status).toBe(200);
    expect(paired.body.device).toMatchObject({
      name: 'Lobby tablet',
      role: 'kiosk',
      pairedBy: 'Sam Staff',
      revokedAt: null,
    });
    expect(paired.body.token.length).toBeGreaterThanOrEqual(43);

    const reused = await new ApiClient(server.baseUrl).post('/api/devices/pair', { code: pairing.body.code });
    expect(reused.status).toBe(404);
    expect(reused.body).toMatchObject({ error: 'pairing_code_invalid' });
  });

  it('refuses an expired code', async () => {
    const pairing = await staff.post<{ code: string }>('/api/devices/pairings', { name: 'Tablet 2', role: 'kiosk' });
    clock = new Date(clock.getTime() + PAIRING_CODE_TTL_MS);
    expect((await new ApiClient(server.baseUrl).post('/api/devices/pair', { code: pairing.body.code })).status).toBe(
      404,
    );
  });

  it('slows down guessing: 5 wrong codes from one address, then 429', async () => {
    const guesser = new ApiClient(server.baseUrl);
    for (let i = 0; i < 5; i += 1) {
      expect((await guesser.post('/api/devices/pair', { code: `ZZZZ-ZZZ${i}` })).status).toBe(404);
    }
    expect((await guesser.post('/api/devices/pair', { code: 'ZZZZ-ZZZZ' })).status).toBe(429);
  });

  it('limits pairing to 30 attempts a minute per address, even with right codes', async () => {
    const newCode = async (name: string) =>
      (await staff.post<{ code: string }>('/api/devices/pairings', { name, role: 'kiosk' })).body.code;
    stopWallClock();
    const busyAddress = new ApiClient(server.baseUrl, { localAddress: '127.0.3.1' });
    for (let i = 0; i < 30; i += 1) {
      expect((await busyAddress.post('/api/devices/pair', { code: await newCode(`Tablet ${i}`) })).status).toBe(200);
    }
    const refused = await busyAddress.post('/api/devices/pair', { code: await newCode('Tablet 30') });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'too_many_attempts', message: expect.stringMatching(/from this network/) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const elsewhere = new ApiClient(server.baseUrl, { localAddress: '127.0.3.2' });
    expect((await elsewhere.post('/api/devices/pair', { code: await newCode('Tablet 31') })).status).toBe(200);
  });

  it('lists devices with who paired them and when they were last seen', async () => {
    const { device, id } = await pairDevice(server, staff, 'Lobby tablet');
    expect((await device.get('/api/devices/me')).body).toMatchObject({ id, name: 'Lobby tablet', role: 'kiosk' });
    const list = await staff.get<{ devices: Array<Record<string, unknown>> }>('/api/devices');
    expect(list.body.devices).toEqual([
      expect.objectContaining({ id, name: 'Lobby tablet', pairedBy: 'Sam Staff', lastSeenAt: clock.toISOString() }),
    ]);
  });

  it('revoking a device makes its next request fail with 401 device_revoked', async () => {
    const { device, id } = await pairDevice(server, staff, 'Lobby tablet');
    const revoked = await staff.post(`/api/devices/${id}/revoke`);
    expect(revoked.body).toMatchObject({ id, revokedAt: clock.toISOString() });
    const next = await device.get('/api/devices/me');
    expect(next.status).toBe(401);
    expect(next.body).toMatchObject({ error: 'device_revoked' });
    expect((await staff.post('/api/devices/nope/revoke')).status).toBe(404);
  });

  it('stores device tokens and pairing codes only as hashes', async () => {
    const pairing = await staff.post<{ code: string }>('/api/devices/pairings', { name: 'Desk laptop', role: 'staff' });
    const paired = await new ApiClient(server.baseUrl).post<{ token: string }>('/api/devices/pair', {
      code: pairing.body.code,
    });
    const stored = await server.storedText();
    expect(stored).toContain('Desk laptop'); // the check reads the device's rows
    expect(stored).not.toContain(paired.body.token);
    expect(stored).not.toContain(pairing.body.code.replace('-', ''));
  });

  it('a kiosk cannot use staff routes, and a staff device without a sign-in is not staff', async () => {
    const kiosk = await pairDevice(server, staff, 'Lobby tablet', 'kiosk');
    expect((await kiosk.device.get('/api/devices')).status).toBe(403);
    const laptop = await pairDevice(server, staff, 'Desk laptop', 'staff');
    expect((await laptop.device.get('/api/devices')).status).toBe(401);
    await signIn(server, 'sam', '907152', laptop.device);
    expect((await laptop.device.get('/api/devices')).status).toBe(200);
    expect((await laptop.device.get('/api/devices/me')).body).toMatchObject({ name: 'Desk laptop', role: 'staff' });
  });
});
