import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { createStaff, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('staff accounts (admins)', () => {
  let server: TestServer;
  let admin: ApiClient;
  let samId: string;
  beforeEach(async () => {
    server = await startTestServer();
    admin = await setUpFirstAdmin(server);
    samId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '907152' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('lists accounts without any secret', async () => {
    const list = await admin.get<{ staff: Array<Record<string, unknown>> }>('/api/staff');
    expect(list.body.staff.map((s) => [s.loginName, s.role, s.disabled])).toEqual([
      ['ana', 'admin', false],
      ['sam', 'staff', false],
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/secret|scrypt|907152/);
  });

  it('lets any staff member read everyone’s names (to see who did what), and nothing else about them', async () => {
    const sam = await signIn(server, 'sam', '907152');
    const names = await sam.get<{ staff: Array<Record<string, unknown>> }>('/api/staff/names');
    expect(names.status).toBe(200);
    expect(names.body.staff).toEqual([
      { id: expect.any(String), displayName: 'Ana Admin' },
      { id: samId, displayName: 'Sam Staff' },
    ]);
    expect((await sam.get('/api/staff')).status).toBe(403);
    expect((await new ApiClient(server.baseUrl).get('/api/staff/names')).status).toBe(401);
  });

  it('refuses a taken sign-in name and invalid fields, creating nothing', async () => {
    const taken = await admin.post('/api/staff', {
      displayName: 'Sam 2',
      loginName: 'SAM',
      role: 'staff',
      secret: '720193',
    });
    expect(taken.status).toBe(409);
    const bad = await admin.post('/api/staff', { displayName: '', loginName: 'a b', role: 'boss', secret: '1' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/displayName/);
    expect(bad.body.message).toMatch(/loginName/);
    expect(bad.body.message).toMatch(/role/);
    expect(await server.peekValue('SELECT count(*) FROM staff')).toBe(2);
  });

  it('disabling ends the person’s sessions and blocks sign-in; enabling lets them back', async () => {
    const sam = await signIn(server, 'sam', '907152');
    expect((await admin.post(`/api/staff/${samId}/disable`)).body).toMatchObject({ disabled: true });
    expect((await sam.get('/api/session')).status).toBe(401);
    const refused = await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'sam', secret: '907152' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'account_disabled' });

    expect((await admin.post(`/api/staff/${samId}/enable`)).body).toMatchObject({ disabled: false });
    await signIn(server, 'sam', '907152');
  });

  it('resets a PIN: the old one stops working and the person’s sessions end', async () => {
    const sam = await signIn(server, 'sam', '907152');
    expect((await admin.post(`/api/staff/${samId}/reset-secret`, { secret: '1234' })).status).toBe(400);
    expect((await admin.post(`/api/staff/${samId}/reset-secret`, { secret: '550316' })).status).toBe(200);
    expect((await sam.get('/api/session')).status).toBe(401);
    expect(
      (await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'sam', secret: '907152' })).status,
    ).toBe(401);
    await signIn(server, 'sam', '550316');
  });

  it('changes names and roles, but never leaves the program without an active admin', async () => {
    const adminId = ((await admin.get<{ staff: { id: string } }>('/api/session')).body.staff as { id: string }).id;
    expect((await admin.patch(`/api/staff/${adminId}`, { role: 'staff' })).status).toBe(409);
    expect((await admin.post(`/api/staff/${adminId}/disable`)).body).toMatchObject({ error: 'cannot_disable_self' });
    expect((await admin.patch(`/api/staff/${samId}`, {})).status).toBe(400);

    const promoted = await admin.patch(`/api/staff/${samId}`, { role: 'admin', displayName: 'Samuel' });
    expect(promoted.body).toMatchObject({ role: 'admin', displayName: 'Samuel' });
    expect((await admin.patch(`/api/staff/${adminId}`, { role: 'staff' })).body).toMatchObject({ role: 'staff' });
  });

  it('answers 404 for an unknown account', async () => {
    expect((await admin.post('/api/staff/nope/disable')).status).toBe(404);
  });

  it('is for admins only', async () => {
    const sam = await signIn(server, 'sam', '907152');
    const response = await sam.post('/api/staff', {
      displayName: 'X',
      loginName: 'xx',
      role: 'admin',
      secret: '739104',
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'forbidden' });
  });
});
