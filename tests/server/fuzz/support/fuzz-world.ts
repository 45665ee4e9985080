/**
 * A server with one caller of each kind (a kiosk and a display by token, staff and admin by
 * session cookie), spare accounts and a spare device for the routes that name an id, and a sender
 * that makes any request as any of them, bounded in time so a hang fails instead of waiting.
 */
import { ApiClient } from '../../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';
import type { CallerKind, FuzzCase, ValidParts } from './request-cases.js';

/** Far longer than any answer takes on a busy machine: reaching it means the server hung. */
export const HANG_BOUND_MS = 30_000;

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

export interface FuzzWorld {
  readonly server: TestServer;
  /** Real path ids and a passing query, per operation name ("PATCH /api/staff/{id}"). */
  validParts(operation: string): ValidParts;
  send(request: FuzzCase): Promise<Answer>;
  /** A client of this kind, for the tests that make valid requests. */
  client(kind: CallerKind): ApiClient;
}

export async function startFuzzWorld(): Promise<FuzzWorld> {
  const server = await startTestServer();
  const admin = await setUpFirstAdmin(server);
  await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '907152' });
  const spareStaffId = await createStaff(admin, { displayName: 'Spare Person', loginName: 'spare', secret: '615243' });
  const staff = await signIn(server, 'sam', '907152');
  const kiosk = await pairDevice(server, admin, 'Lobby tablet');
  const display = await pairDevice(server, admin, 'Lobby display', 'display');
  const spareDevice = await pairDevice(server, admin, 'Spare tablet');
  const clients: Record<CallerKind, ApiClient> = {
    anonymous: new ApiClient(server.baseUrl),
    kiosk: kiosk.device,
    display: display.device,
    staff,
    admin,
  };
  const credentials = (kind: CallerKind): Record<string, string> => {
    const client = clients[kind];
    return {
      ...(client.sessionCookie ? { cookie: `lead_session=${client.sessionCookie}` } : {}),
      ...(client.deviceToken ? { authorization: `Bearer ${client.deviceToken}` } : {}),
    };
  };
  const ids: Record<string, string> = {
    '/api/devices/{id}/revoke': spareDevice.id,
    '/api/staff/{id}': spareStaffId,
    '/api/staff/{id}/disable': spareStaffId,
    '/api/staff/{id}/enable': spareStaffId,
    '/api/staff/{id}/reset-secret': spareStaffId,
  };
  const reportDays = { from: '2026-11-01', to: '2026-11-30' };

  return {
    server,
    client: (kind) => clients[kind],
    validParts(operation) {
      const [, path = ''] = operation.split(' ');
      const query = path.startsWith('/api/reports') || path.startsWith('/api/exports') ? reportDays : {};
      const id = ids[path];
      return { path: { ...(id ? { id } : {}), table: 'visits' }, query };
    },
    async send(request) {
      const headers: Record<string, string> = {
        ...(request.dropCredentials ? {} : credentials(request.caller)),
        ...(request.method !== 'GET' && !request.dropOrigin ? { origin: server.baseUrl } : {}),
        ...(request.contentType !== undefined ? { 'content-type': request.contentType } : {}),
        ...request.headers,
      };
      const response = await fetch(server.baseUrl + request.url, {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(HANG_BOUND_MS),
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    },
  };
}
