/**
 * Issue 17: two server processes on one PostgreSQL database act as one server. One is the compiled
 * server as its own process (DATABASE_URL set, as `npm start` runs it), the other the app in this
 * test process; whatever is made, used or ended on one holds on the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/core/sync/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { createTestDatabase } from '../../support/postgres-database.js';
import { compileServer, type ServerProcess, startServerProcess } from '../../support/server-process.js';
import { ApiClient } from '../support/api-client.js';
import { ADMIN, createStaff, pairDevice } from '../support/auth-fixtures.js';
import { removeTestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { pull, push } from '../sync/sync-support.js';

/** trust auth ignores it: here only to show the banner never prints it. */
const PASSWORD = 'NotPrintedPw42';
const SAM = { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' };

let url: string;
let child: ServerProcess;
let inner: TestServer;
/** The admin, signed in through `inner`; `adminOnChild` carries the same session cookie. */
let admin: ApiClient;
let adminOnChild: ApiClient;
let setupStatus: number;

/** The same browser session, sent to the other process. */
function sameSessionAt(baseUrl: string, client: ApiClient): ApiClient {
  const other = new ApiClient(baseUrl);
  other.sessionCookie = client.sessionCookie;
  return other;
}

/** What a test is given up to before it counts as not woken (the long-poll would end at 15 s). */
function within10s<T>(answer: Promise<T>): Promise<T | 'late'> {
  return Promise.race([answer, new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000))]);
}

beforeAll(async () => {
  await compileServer();
  url = await createTestDatabase('two_processes');
  const withPassword = new URL(url);
  withPassword.password = PASSWORD;
  child = await startServerProcess({ env: { DATABASE_URL: withPassword.toString() } });
  inner = await startTestServer({ database: { engine: 'postgres', url } });

  // The child printed the first-admin link; the admin is created through the other process.
  const code = /\/staff\/setup#code=([\w-]+)/.exec(child.output())?.[1];
  admin = new ApiClient(inner.baseUrl);
  setupStatus = (await admin.post('/api/setup', { code, ...ADMIN })).status;
  adminOnChild = sameSessionAt(child.baseUrl, admin);
  await createStaff(admin, SAM);
}, 180_000);

afterAll(async () => {
  await child?.stop();
  if (inner) await inner.close();
  else if (url) await removeTestDatabase({ engine: 'postgres', url });
});

describe('two server processes on one PostgreSQL database', () => {
  it('prints where the data is without the password', () => {
    const printed = new URL(url);
    expect(child.output()).toContain(`Database: postgres://${printed.username}@${printed.host}${printed.pathname}`);
    expect(child.output()).not.toContain(PASSWORD);
  });

  it('the setup code one printed works on the other, and the session works on both', async () => {
    expect(setupStatus).toBe(200);
    for (const client of [admin, adminOnChild]) {
      const session = await client.get<{ staff: { loginName: string } }>('/api/session');
      expect(session.status).toBe(200);
      expect(session.body.staff.loginName).toBe(ADMIN.loginName);
    }
  });

  it('a pairing code made on one pairs on the other, once', async () => {
    const pairing = await adminOnChild.post<{ code: string }>('/api/devices/pairings', {
      name: 'Lobby tablet two-process',
      role: 'kiosk',
    });
    expect(pairing.status).toBe(200);
    const paired = await new ApiClient(inner.baseUrl).post('/api/devices/pair', { code: pairing.body.code });
    expect(paired.status).toBe(200);
    const reused = await new ApiClient(child.baseUrl).post('/api/devices/pair', { code: pairing.body.code });
    expect(reused.status).toBe(404);
    expect(reused.body).toMatchObject({ error: 'pairing_code_invalid' });
  });

  it('a long-poll held on one is answered by a push to the other', async () => {
    const me = await admin.get<{ staff: { id: string } }>('/api/session');
    const laptop = opBuilder(testId('laptop'), me.body.staff.id, Date.now());
    const received = () =>
      laptop.op({ type: 'stock.received', payload: { itemId: testId('item'), quantity: 1, kind: 'donation' } });
    const accepted = (response: Awaited<ReturnType<typeof push>>) =>
      response.body.results.map((result) => result.reason ?? result.status);
    const start = (await pull(admin, 0, '&limit=1000')).body.cursor;

    // Held here (we can see it is held), pushed there.
    const heldHere = pull(admin, start, '&wait=15');
    await expect.poll(() => inner.app.heldPulls()).toBe(1);
    const first = received();
    expect(accepted(await push(adminOnChild, [first]))).toEqual(['accepted']);
    const answerHere = await within10s(heldHere);
    expect(answerHere).not.toBe('late');
    if (answerHere !== 'late') expect(answerHere.body.ops.map((op) => op.id)).toEqual([first.id]);

    // Held there, pushed here.
    const heldThere = pull(adminOnChild, (await pull(adminOnChild, start, '&limit=1000')).body.cursor, '&wait=15');
    const second = received();
    expect(accepted(await push(admin, [second]))).toEqual(['accepted']);
    const answerThere = await within10s(heldThere);
    expect(answerThere).not.toBe('late');
    if (answerThere !== 'late') expect(answerThere.body.ops.map((op) => op.id)).toEqual([second.id]);
  });

  it('two kiosks pushing to alternate processes: staff pulling from either see every op exactly once', async () => {
    const kiosks = await Promise.all(
      ['Kiosk east', 'Kiosk west'].map(async (name) => {
        const { device, id, token } = await pairDevice(inner, admin, name);
        const onChild = new ApiClient(child.baseUrl, { deviceToken: token });
        return { clients: [device, onChild], builder: opBuilder(id, null, Date.now()) };
      }),
    );
    const checkIn = (builder: (typeof kiosks)[number]['builder']) =>
      builder.op({
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
      });
    const start = (await pull(admin, 0, '&limit=1000')).body.cursor;
    const pushed: string[] = [];
    let pushing = true;
    const pullers = [admin, adminOnChild].map((client) => pullEverything(client, start, () => pushing));

    for (let round = 0; round < 12; round += 1) {
      await Promise.all(
        kiosks.map(async (kiosk, k) => {
          const ops = [checkIn(kiosk.builder), checkIn(kiosk.builder)];
          pushed.push(...ops.map((op) => op.id));
          const to = kiosk.clients[(round + k) % 2] as ApiClient;
          const response = await push(to, ops);
          expect(response.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
        }),
      );
    }
    pushing = false;

    const mine = new Set(pushed);
    for (const seen of await Promise.all(pullers)) {
      const ids = seen.filter((id) => mine.has(id));
      expect(ids).toHaveLength(pushed.length); // no op twice
      expect(new Set(ids)).toEqual(mine); // and none missed
    }
  });

  it('a sign-out on one ends the session on the other', async () => {
    const onChild = new ApiClient(child.baseUrl);
    expect((await onChild.post('/api/session', { loginName: SAM.loginName, secret: SAM.secret })).status).toBe(200);
    const onInner = sameSessionAt(inner.baseUrl, onChild);
    expect((await onInner.get('/api/session')).status).toBe(200);
    expect((await onChild.delete('/api/session')).status).toBe(200);
    expect((await onInner.get('/api/session')).status).toBe(401);
  });

  it('10 wrong sign-ins spread over both lock the account on both', async () => {
    for (let i = 0; i < 10; i += 1) {
      const baseUrl = i % 2 === 0 ? child.baseUrl : inner.baseUrl;
      const wrong = await new ApiClient(baseUrl).post('/api/session', { loginName: SAM.loginName, secret: `0000${i}` });
      expect(wrong.status).toBe(401);
    }
    for (const baseUrl of [child.baseUrl, inner.baseUrl]) {
      const right = await new ApiClient(baseUrl).post('/api/session', { loginName: SAM.loginName, secret: SAM.secret });
      expect(right.status).toBe(429);
    }
  });
});

/**
 * Pulls pages of 5 while `more()` says ops are still coming, then until a page is empty: every op
 * id in the order it came, duplicates kept (they must not happen).
 */
async function pullEverything(client: ApiClient, after: number, more: () => boolean): Promise<string[]> {
  const seen: string[] = [];
  let cursor = after;
  for (;;) {
    const stillPushing = more();
    const page = await client.get<PullResponse>(`/api/sync/pull?after=${cursor}&limit=5`);
    expect(page.status).toBe(200);
    seen.push(...page.body.ops.map((op) => op.id));
    cursor = page.body.cursor;
    if (!stillPushing && page.body.ops.length === 0) return seen;
    if (page.body.ops.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
