import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { stopWallClock } from '../support/stop-wall-clock.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MINUTE = 60_000;
const SAM_SECRET = 'correct horse battery';

interface Entry {
  action: string;
  actor: string | null;
  target: string | null;
  detail: Record<string, unknown>;
}

describe('sign-in throttling', () => {
  let server: TestServer;
  let clock: Date;
  let admin: ApiClient;
  let samId: string;
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  /** A browser that has never signed in, at a 127.x.y.z address of its own. */
  const stranger = (localAddress: string) => new ApiClient(server.baseUrl, { localAddress });
  const guess = (client: ApiClient, loginName = 'sam', secret = 'wrong guess') =>
    client.post('/api/session', { loginName, secret });
  const guessTimes = async (client: ApiClient, times: number) => {
    for (let i = 0; i < times; i += 1) expect((await guess(client, 'sam', `wrong ${i}`)).status).toBe(401);
  };
  const auditEntries = async () => (await admin.get<{ entries: Entry[] }>('/api/audit?limit=200')).body.entries;

  beforeEach(async () => {
    clock = new Date('2026-12-02T18:00:00Z');
    server = await startTestServer({ now: () => clock });
    admin = await setUpFirstAdmin(server);
    samId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: SAM_SECRET });
  });
  afterEach(async () => {
    await server.close();
  });

  it("marks the browser after a sign-in with a trust cookie that only the sign-in route gets, and scripts can't read", async () => {
    const browser = new ApiClient(server.baseUrl);
    expect((await guess(browser)).headers.getSetCookie().join()).not.toMatch(/lead_trust/);
    const response = await browser.post('/api/session', { loginName: 'sam', secret: SAM_SECRET });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('lead_trust='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/session/);
    // A random browser id and account ids, then the signature: nothing about the person.
    expect(cookie).toMatch(/^lead_trust=[\w-]{22}:[0-9a-f]{32}\.[\w+/]+;/);
  });

  it("10 wrong PINs from one client lock that client out, but the person's own devices sign in at once", async () => {
    const samsBrowser = await signIn(server, 'sam', SAM_SECRET);
    const { device: frontDeskLaptop } = await pairDevice(server, admin, 'Front desk laptop', 'staff');

    const guesser = stranger('127.0.0.2');
    await guessTimes(guesser, 10);
    const refused = await guess(guesser, 'sam', SAM_SECRET);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'too_many_attempts' });
    expect(refused.body.message).toMatch(/Try again in 15 minutes/);
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);

    // The browser Sam signed in on before, and a staff laptop the center paired, are not strangers.
    expect((await guess(samsBrowser, 'sam', SAM_SECRET)).status).toBe(200);
    expect((await guess(frontDeskLaptop, 'sam', SAM_SECRET)).status).toBe(200);
  });

  it('strangers share one count per account: a fresh client at another address waits too, until the window passes', async () => {
    await guessTimes(stranger('127.0.0.2'), 10);
    const fresh = stranger('127.0.0.3');
    const refused = await guess(fresh, 'sam', SAM_SECRET);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/A device where you have signed in before can still sign in/);

    // A browser trusted for another account, or a cookie someone altered, is a stranger to Sam's account.
    const adminsBrowser = await signIn(server, 'ana', '482913');
    expect((await guess(adminsBrowser, 'sam', SAM_SECRET)).status).toBe(429);
    const anaId = (await adminsBrowser.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
    const forged = new ApiClient(server.baseUrl);
    forged.trustCookie = adminsBrowser.trustCookie?.replace(anaId, samId);
    expect(forged.trustCookie).toContain(samId);
    expect((await guess(forged, 'sam', SAM_SECRET)).status).toBe(429);

    later(15 * MINUTE);
    expect((await guess(fresh, 'sam', SAM_SECRET)).status).toBe(200);
  });

  it('a restart on the same database forgets no failure: the lock holds, and ends when the window does', async () => {
    await guessTimes(stranger('127.0.0.2'), 9);
    const { database } = server;
    await server.close({ keepData: true });
    server = await startTestServer({ now: () => clock, database });

    const guesser = stranger('127.0.0.3');
    expect((await guess(guesser)).status).toBe(401);
    const refused = await guess(guesser, 'sam', SAM_SECRET);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/Try again in 15 minutes/);
    later(15 * MINUTE);
    expect((await guess(guesser, 'sam', SAM_SECRET)).status).toBe(200);
  });

  it('a client trusted for the account has its own count: guessing on it locks only it', async () => {
    const sharedLaptop = await signIn(server, 'sam', SAM_SECRET);
    await guessTimes(sharedLaptop, 10);
    expect((await guess(sharedLaptop, 'sam', SAM_SECRET)).status).toBe(429);
    expect((await guess(stranger('127.0.0.4'), 'sam', SAM_SECRET)).status).toBe(200);
  });

  it('guessing from many addresses hits the per-account cap, and the activity log says so with how many addresses', async () => {
    for (let i = 1; i <= 10; i += 1) expect((await guess(stranger(`127.0.1.${i}`))).status).toBe(401);
    expect((await guess(stranger('127.0.1.11'), 'sam', SAM_SECRET)).status).toBe(429);
    expect((await guess(stranger('127.0.1.12'))).status).toBe(429);

    const locks = (await auditEntries()).filter((entry) => entry.action === 'sign_in.locked');
    expect(locks).toEqual([
      expect.objectContaining({
        actor: 'Sam Staff',
        target: 'sam',
        detail: { failures: 10, minutes: 15, addresses: 10 },
      }),
    ]);
  });

  it('a name that is no account is throttled the same, and never written to the activity log', async () => {
    const samGuesser = stranger('127.0.0.5');
    const nobodyGuesser = stranger('127.0.0.6');
    for (let i = 0; i < 10; i += 1) {
      const real = await guess(samGuesser, 'sam');
      const unknown = await guess(nobodyGuesser, 'nobody-here');
      expect([real.status, real.body]).toEqual([unknown.status, unknown.body]);
    }
    const real = await guess(samGuesser, 'sam');
    const unknown = await guess(nobodyGuesser, 'nobody-here');
    expect(real.status).toBe(429);
    expect([unknown.status, unknown.body, unknown.headers.get('retry-after')]).toEqual([
      real.status,
      real.body,
      real.headers.get('retry-after'),
    ]);
    const entries = await auditEntries();
    expect(JSON.stringify(entries)).not.toContain('nobody-here');
    expect(entries.filter((entry) => entry.action === 'sign_in.locked')).toHaveLength(1);
  });

  it("limits an address to 60 sign-in attempts a minute in the API's shape, but not the staff it already knows", async () => {
    stopWallClock(clock);
    const address = '127.0.2.1';
    const samsBrowser = await signIn(
      server,
      'sam',
      SAM_SECRET,
      new ApiClient(server.baseUrl, { localAddress: address }),
    );
    const sprayer = stranger(address);
    for (let i = 0; i < 59; i += 1) expect((await guess(sprayer, `name-${i}`)).status).toBe(401);

    const refused = await guess(sprayer, 'name-59');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'too_many_attempts', message: expect.stringMatching(/from this network/) });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Behind one router, everyone new at that address waits; Sam's own browser does not.
    expect((await guess(stranger(address), 'sam', SAM_SECRET)).status).toBe(429);
    expect((await guess(samsBrowser, 'sam', SAM_SECRET)).status).toBe(200);
    expect((await guess(stranger('127.0.2.2'), 'sam', SAM_SECRET)).status).toBe(200);
    // 63 sign-ins, each a deliberately slow hash: over 90 s on a loaded 2-core machine.
  }, 300_000);
});
