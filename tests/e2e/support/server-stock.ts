/** Stock as the server holds it, read the way a new staff device would start from it. */
import { SnapshotResponse } from '../../../src/core/sync/api.js';
import type { ServerProcess } from '../../support/server-process.js';
import { apiFor, E2E_ADMIN } from './accounts.js';

/** On hand in the server's own stock views, as a new staff device would start from them. */
export async function snapshotOnHand(server: ServerProcess, itemIds: readonly string[]): Promise<number[]> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const snapshot = SnapshotResponse.parse(await (await api.get('/api/sync/snapshot')).json());
  await api.dispose();
  return itemIds.map((itemId) => {
    const record = snapshot.views.find((view) => view.key === `stock:${itemId}`);
    return (record?.view as { onHand?: number } | undefined)?.onHand ?? 0;
  });
}
