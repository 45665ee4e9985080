/** A server with an admin, a staff member and a kiosk, ready to push and pull ops. */
import type { PullResponse, PushResponse, SnapshotResponse } from '../../../src/core/sync/api.js';
import type { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/test-server.js';

export interface SyncWorld {
  readonly server: TestServer;
  readonly admin: ApiClient;
  readonly adminId: string;
  readonly staff: ApiClient;
  readonly staffId: string;
  readonly kiosk: ApiClient;
  readonly kioskId: string;
}

export async function startSyncWorld(options: TestServerOptions = {}): Promise<SyncWorld> {
  const server = await startTestServer(options);
  const admin = await setUpFirstAdmin(server);
  const me = await admin.get<{ staff: { id: string } }>('/api/session');
  const staffId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' });
  const staff = await signIn(server, 'sam', '739154');
  const { device: kiosk, id: kioskId } = await pairDevice(server, admin);
  return { server, admin, adminId: me.body.staff.id, staff, staffId, kiosk, kioskId };
}

export async function push(client: ApiClient, ops: unknown[]) {
  return client.post<PushResponse>('/api/sync/push', { ops });
}

export async function pull(client: ApiClient, after = 0, extra = '') {
  return client.get<PullResponse>(`/api/sync/pull?after=${after}${extra}`);
}

export async function snapshotOf(client: ApiClient) {
  return client.get<SnapshotResponse>('/api/sync/snapshot');
}
