import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Access, accessFor, type CallerRole, ROUTE_ACCESS } from '../../../server/auth/access.js';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Walks every operation in the OpenAPI document and calls it as each kind of caller, checking
 * the answer against the authorization table. A route missing from the table fails here (and the
 * server refuses to start with it).
 */
type CallerKind =
  | 'anonymous'
  | 'kiosk'
  | 'display'
  | 'display with a staff cookie'
  | 'staff'
  | 'admin'
  | 'revoked device';
const DENIALS = new Set(['unauthorized', 'forbidden', 'device_revoked']);

describe('the authorization table, route by route', () => {
  let server: TestServer;
  let operations: Array<{ method: string; url: string; access: Access }>;
  let makeCaller: (kind: CallerKind) => Promise<ApiClient>;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setUpFirstAdmin(server);
    await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '907152' });
    const kiosk = await pairDevice(server, admin, 'Lobby tablet');
    const display = await pairDevice(server, admin, 'Lobby display', 'display');
    const revoked = await pairDevice(server, admin, 'Old tablet');
    // Signed in as staff first, then the display's token on every request: still only a display.
    // One sign-in for every route (sign-ins are rate-limited); a display cannot end it either.
    const displayWithCookie = await signIn(server, 'sam', '907152');
    displayWithCookie.deviceToken = display.token;
    await admin.post(`/api/devices/${revoked.id}/revoke`);

    makeCaller = async (kind) => {
      switch (kind) {
        case 'anonymous':
          return new ApiClient(server.baseUrl);
        case 'kiosk':
          return new ApiClient(server.baseUrl, { deviceToken: kiosk.token });
        case 'display':
          return new ApiClient(server.baseUrl, { deviceToken: display.token });
        case 'display with a staff cookie':
          return displayWithCookie;
        case 'revoked device':
          return new ApiClient(server.baseUrl, { deviceToken: revoked.token });
        case 'staff':
          return signIn(server, 'sam', '907152');
        case 'admin':
          return signIn(server, 'ana', '482913');
      }
    };

    const document = (
      await new ApiClient(server.baseUrl).get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')
    ).body;
    operations = Object.entries(document.paths).flatMap(([openApiPath, methods]) =>
      Object.keys(methods).map((method) => {
        const url = openApiPath.replace(/\{(\w+)\}/g, ':$1');
        const access = accessFor(method.toUpperCase(), url);
        if (access === undefined) throw new Error(`${method.toUpperCase()} ${url} has no authorization entry`);
        return { method: method.toUpperCase(), url, access };
      }),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('covers every route in the table, and the table has no stale entries', () => {
    const documented = new Set(operations.map((o) => `${o.method} ${o.url}`));
    expect([...documented].sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
  });

  const expectations: Record<CallerKind, (access: Access) => 'allowed' | 401 | 403> = {
    anonymous: (access) => (access === 'public' ? 'allowed' : 401),
    'revoked device': (access) => (access === 'public' ? 'allowed' : 401),
    kiosk: (access) => allowedFor(access, 'kiosk', 403),
    display: (access) => allowedFor(access, 'display', 403),
    'display with a staff cookie': (access) => allowedFor(access, 'display', 403),
    staff: (access) => allowedFor(access, 'staff', 403),
    admin: (access) => allowedFor(access, 'admin', 403),
  };

  for (const kind of Object.keys(expectations) as CallerKind[]) {
    it(`answers ${kind} callers as the table says`, async () => {
      for (const { method, url, access } of operations) {
        const caller = await makeCaller(kind);
        // Authorization comes before validation: an empty body must not reveal anything either.
        const response = await caller.request(
          method,
          url.replace(/:(\w+)/g, 'no-such-id'),
          method === 'GET' ? undefined : {},
        );
        const expected = expectations[kind](access);
        const label = `${kind} → ${method} ${url} answered ${response.status} ${JSON.stringify(response.body)}`;
        if (expected === 'allowed') {
          expect(DENIALS.has(String(response.body.error)), label).toBe(false);
        } else {
          expect(response.status, label).toBe(expected);
          expect(DENIALS.has(String(response.body.error)), label).toBe(true);
        }
        if (kind === 'revoked device' && expected !== 'allowed')
          expect(response.body.error, label).toBe('device_revoked');
      }
    });
  }
});

function allowedFor(access: Access, role: CallerRole, otherwise: 403): 'allowed' | 403 {
  return access === 'public' || access.includes(role) ? 'allowed' : otherwise;
}

describe('a route without an authorization entry', () => {
  it('stops the server from starting', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerCallerCheck } = await import('../../../server/auth/caller.js');
    const { createAuthContext } = await import('../../../server/auth/context.js');
    const server = await startTestServer();
    try {
      const app = Fastify({ logger: false }) as unknown as Parameters<typeof registerCallerCheck>[0];
      registerCallerCheck(app, await createAuthContext(server.storage));
      expect(() => app.get('/api/forgotten', async () => ({}))).toThrow(
        /GET \/api\/forgotten has no entry in the authorization table/,
      );
      await app.close();
    } finally {
      await server.close();
    }
  });
});
