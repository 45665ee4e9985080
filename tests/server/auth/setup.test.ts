import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupCode, SETUP_CODE_TTL_MS } from '../../../server/auth/setup-codes.js';
import { ApiClient } from '../support/api-client.js';
import { ADMIN } from '../support/auth-fixtures.js';
import { stopWallClock } from '../support/stop-wall-clock.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('first admin setup', () => {
  let server: TestServer;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date('2026-12-02T18:00:00Z');
    server = await startTestServer({ now: () => clock });
  });
  afterEach(async () => {
    await server.close();
  });

  const countStaff = () => server.peekValue<number>('SELECT count(*) FROM staff');

  it('is needed on an empty database and creates an admin once, with a signed-in session', async () => {
    const client = new ApiClient(server.baseUrl);
    expect((await client.get('/api/setup')).body).toEqual({ needed: true });
    const setup = await issueSetupCode(server.storage, clock);
    if (!setup) throw new Error('expected a setup code');

    const response = await client.post('/api/setup', { code: setup.code, ...ADMIN });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ staff: { displayName: 'Ana Admin', loginName: 'ana', role: 'admin' } });
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/lead_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await client.get('/api/session')).status).toBe(200);
    expect((await client.get('/api/setup')).body).toEqual({ needed: false });

    // The link is dead afterwards, and no new one is issued while an admin exists.
    const again = await new ApiClient(server.baseUrl).post('/api/setup', {
      code: setup.code,
      ...ADMIN,
      loginName: 'x2',
    });
    expect(again.status).toBe(409);
    expect(await issueSetupCode(server.storage, clock)).toBeUndefined();
    expect(await countStaff()).toBe(1);
  });

  it('limits setup to 10 attempts a minute per address, wrong codes to 5', async () => {
    const guesser = new ApiClient(server.baseUrl, { localAddress: '127.0.3.1' });
    const attempt = () => guesser.post('/api/setup', { code: 'not-the-code', ...ADMIN });
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(403);
    expect((await attempt()).body).toMatchObject({
      error: 'too_many_attempts',
      message: expect.stringMatching(/wrong setup codes/),
    });

    const setup = await issueSetupCode(server.storage, clock);
    if (!setup) throw new Error('expected a setup code');
    expect((await new ApiClient(server.baseUrl).post('/api/setup', { code: setup.code, ...ADMIN })).status).toBe(200);
    stopWallClock();
    const other = new ApiClient(server.baseUrl, { localAddress: '127.0.3.2' });
    for (let i = 0; i < 10; i += 1)
      expect((await other.post('/api/setup', { code: setup.code, ...ADMIN })).status).toBe(409);
    const refused = await other.post('/api/setup', { code: setup.code, ...ADMIN });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'too_many_attempts', message: expect.stringMatching(/from this network/) });
    expect(await countStaff()).toBe(1);
  });

  it('refuses a wrong or expired code and creates nothing', async () => {
    const setup = await issueSetupCode(server.storage, clock);
    if (!setup) throw new Error('expected a setup code');
    const client = new ApiClient(server.baseUrl);
    const wrong = await client.post('/api/setup', { code: 'not-the-code', ...ADMIN });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ error: 'setup_code_invalid' });

    clock = new Date(clock.getTime() + SETUP_CODE_TTL_MS);
    const expired = await client.post('/api/setup', { code: setup.code, ...ADMIN });
    expect(expired.status).toBe(403);
    expect(await countStaff()).toBe(0);
  });

  it('replaces the previous code at each start', async () => {
    const first = await issueSetupCode(server.storage, clock);
    const second = await issueSetupCode(server.storage, clock);
    if (!first || !second) throw new Error('expected setup codes');
    const client = new ApiClient(server.baseUrl);
    expect((await client.post('/api/setup', { code: first.code, ...ADMIN })).status).toBe(403);
    expect((await client.post('/api/setup', { code: second.code, ...ADMIN })).status).toBe(200);
  });

  it('requires a strong enough PIN or password, and leaves the code usable after a rejected one', async () => {
    const setup = await issueSetupCode(server.storage, clock);
    if (!setup) throw new Error('expected a setup code');
    const client = new ApiClient(server.baseUrl);
    for (const [secret, message] of [
      ['1234', 'at least 6 digits'],
      ['123456', 'too easy to guess'],
      ['short', 'at least 10 characters'],
    ] as const) {
      const response = await client.post('/api/setup', { code: setup.code, ...ADMIN, secret });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain(message);
    }
    expect(await countStaff()).toBe(0);
    expect((await client.post('/api/setup', { code: setup.code, ...ADMIN })).status).toBe(200);
  });

  it('stores the PIN only as a salted scrypt hash, and the setup code only as a hash', async () => {
    const setup = await issueSetupCode(server.storage, clock);
    if (!setup) throw new Error('expected a setup code');
    await new ApiClient(server.baseUrl).post('/api/setup', { code: setup.code, ...ADMIN });
    const hash = await server.peekValue<string>('SELECT secret_hash FROM staff');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain(ADMIN.secret);
    const stored = await server.peek<{ codeHash: string }>('SELECT code_hash AS "codeHash" FROM setup_codes');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((row) => row.codeHash)).not.toContain(setup.code);
  });
});
