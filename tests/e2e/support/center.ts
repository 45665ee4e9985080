/**
 * The center's state for kiosk tests, set through the sync API as an admin's device would:
 * the kiosks opened (tests must not depend on the day they run) and stock on the shelves.
 */
import { expect } from '@playwright/test';
import { Session } from '../../../src/core/auth/api.js';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { PullResponse, PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import type { ServerProcess } from '../../support/server-process.js';
import { apiFor, E2E_ADMIN } from './accounts.js';

/**
 * Pushes ops made by the admin from a device of their own; every one must be accepted. With
 * `site`, every op names that site (none: the first site, as before sites).
 */
export async function pushAsAdmin(
  server: ServerProcess,
  drafts: readonly OpDraft[],
  options: { readonly site?: string } = {},
): Promise<void> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const session = Session.parse(await (await api.get('/api/session')).json());
  const builder = opBuilder(testId('e2e_admin_device'), session.staff.id, Date.now());
  const ops: Op[] = drafts
    .map((draft) => builder.op(draft, { now: Date.now() }))
    .map((op) => (options.site ? { ...op, site: options.site } : op));
  const response = await api.post('/api/sync/push', { data: { ops } });
  const body = PushResponse.parse(await response.json());
  expect(body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
  await api.dispose();
}

/** Opens the kiosks (of `site`, else the first site's) "for a special event" for the next 12 hours, whatever the day. */
export function openKiosksAllDay(server: ServerProcess, site?: string): Promise<void> {
  const until = new Date(Date.now() + 12 * 3_600_000).toISOString();
  const open: OpDraft = { type: 'settings.openOverrideSet', payload: { override: { mode: 'open', until } } };
  return pushAsAdmin(server, [open], { site });
}

/** Receives stock for seeded items (item id → quantity). */
export function receiveStock(server: ServerProcess, quantities: Record<string, number>): Promise<void> {
  return pushAsAdmin(
    server,
    Object.entries(quantities).map(([itemId, quantity]) => ({
      type: 'stock.received',
      payload: { itemId, quantity, kind: 'donation' },
    })),
  );
}

/** Every op on the server (admin pull from the start). */
export async function serverOps(server: ServerProcess): Promise<Op[]> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const ops: Op[] = [];
  let after = 0;
  for (;;) {
    const body = PullResponse.parse(await (await api.get(`/api/sync/pull?after=${after}&limit=1000`)).json());
    ops.push(...body.ops);
    after = body.cursor;
    if (!body.more) break;
  }
  await api.dispose();
  return ops;
}
