import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../../server/auth/sessions.js';
import { ApiClient } from '../support/api-client.js';
import { ADMIN, createStaff, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MINUTE = 60_000;

describe('staff sign-in and sessions', () => {
  let server: TestServer;
  let clock: Date;
  let admin: ApiClient;
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeEach(async () => {
    clock = new Date('2026-12-02T18:00:00Z');
    server = await startTestServer({ now: () => clock });
    admin = await setUpFirstAdmin(server);
    await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: 'correct horse battery' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('signs in with the right name and secret, case-insensitively for the name', async () => {
    const client = await signIn(server, 'SAM', 'correct horse battery');
    const session = await client.get('/api/session');
    expect(session.body).toMatchObject({ staff: { loginName: 'sam', role: 'staff' } });
  });

  it('gives the same answer for a wrong secret and an unknown name', async () => {
    const wrong = await new ApiClient(server.baseUrl).post('/api/session', {
      loginName: 'sam',
      secret: 'nope nope nope',
    });
    const unknown = await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'nobody', secret: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('ends a session after 12 idle hours, but activity keeps it alive', async () => {
    const client = await signIn(server, 'sam', 'correct horse battery');
    later(SESSION_IDLE_MS - MINUTE);
    expect((await client.get('/api/session')).status).toBe(200);
    later(SESSION_IDLE_MS - MINUTE);
    expect((await client.get('/api/session')).status).toBe(200);
    later(SESSION_IDLE_MS);
    const expired = await client.get('/api/session');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: 'unauthorized' });
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const client = await signIn(server, 'sam', 'correct horse battery');
    const token = client.sessionCookie;
    const out = await client.delete('/api/session');
    expect(out.status).toBe(200);
    expect(client.sessionCookie).toBeUndefined();
    client.sessionCookie = token;
    expect((await client.get('/api/session')).status).toBe(401);
  });

  it('refuses cookie-authenticated changes from another site', async () => {
    const body = { displayName: 'Eve', loginName: 'eve', role: 'admin', secret: '8675309123' };
    const crossSite = new ApiClient(server.baseUrl, { origin: 'https://evil.example' });
    crossSite.sessionCookie = admin.sessionCookie;
    const refused = await crossSite.post('/api/staff', body);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'cross_site' });

    const noOrigin = new ApiClient(server.baseUrl, { origin: null });
    noOrigin.sessionCookie = admin.sessionCookie;
    expect((await noOrigin.post('/api/staff', body)).status).toBe(403);

    const staffNames = await server.peek<{ loginName: string }>('SELECT login_name AS "loginName" FROM staff');
    expect(staffNames.map((row) => row.loginName)).not.toContain('eve');
    expect((await admin.post('/api/staff', body)).status).toBe(201);
  });

  it('keeps the first admin able to sign in with the setup secret', async () => {
    await signIn(server, ADMIN.loginName, ADMIN.secret);
  });
});
