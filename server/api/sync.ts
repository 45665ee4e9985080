/**
 * The sync API: push ops, pull what changed after a cursor (long-polling when nothing has), and
 * a snapshot to start from. What a caller may push and read depends on its role.
 */

import { DEFAULT_SITE_ID, type SiteFilter } from '../../src/core/sites/site.js';
import {
  type DeviceStorageReport,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  SnapshotResponse,
} from '../../src/core/sync/api.js';
import type { Caller } from '../auth/caller.js';
import type { AuthContext } from '../auth/context.js';
import { deviceSyncDue } from '../auth/pairing.js';
import { PUSH_BODY_LIMIT } from '../http/body-limits.js';
import type { App } from '../http/types.js';
import { unlessStorageUnavailable } from '../storage/errors.js';
import { pullResponseJson, type Scope } from '../sync/feed.js';
import { NewOpsSignal } from '../sync/new-ops-signal.js';
import { ApiError, GUARDED_ERRORS } from './responses.js';

export function registerSyncRoutes(app: App, context: AuthContext): void {
  const { storage } = context;
  const newOps = new NewOpsSignal();
  // The storage tells of ops stored by any server process on the database, not only by this one.
  const unsubscribe = storage.onNewOps(() => newOps.notify());
  // preClose, not onClose: a held long-poll must answer before the server waits for requests to end.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    unsubscribe();
    newOps.close();
  });
  app.decorate('heldPulls', () => newOps.waiting);

  app.post(
    '/api/sync/push',
    {
      bodyLimit: PUSH_BODY_LIMIT,
      schema: {
        summary: 'Store ops made on this device; each op is answered accepted, duplicate or rejected',
        // A lobby display may push nothing: the authorization table answers it 403.
        description:
          'Idempotent: sending the same op again answers `duplicate`. A rejected op has a reason and should not be sent again; it never blocks the others.',
        tags: ['sync'],
        body: PushRequest,
        // 503: the server's database cannot write (disk full, read-only); nothing was stored, send again later.
        response: { 200: PushResponse, ...GUARDED_ERRORS, 503: ApiError },
      },
    },
    async (request) => {
      const { caller } = request;
      await noteStorage(context, caller, request.body.deviceStorage);
      const now = context.now();
      const stored = await storage.ops.push({
        ops: request.body.ops,
        pusher: caller,
        now,
        deviceTime: request.body.deviceTime,
        noteSyncOf: caller.device && deviceSyncDue(caller.device, now) ? caller.device.id : undefined,
      });
      return { serverId: await storage.ops.serverId(), results: stored.results, serverTime: now.getTime() };
    },
  );

  app.get(
    '/api/sync/pull',
    {
      schema: {
        summary: 'Ops (and, for kiosks, changed stock and directory entries) after a cursor',
        description:
          'With `wait`, an answer with nothing new is held until something changes or the wait ends. What a caller reads depends on its role: staff get every op; a kiosk gets catalog and settings ops, changed stock and directory entries; a lobby display (role `display`) gets only `ticket.called` and `ticket.notAnswered` ops (request id, ticket, day): no names, no items, no participant ids, no catalog.',
        tags: ['sync'],
        querystring: PullQuery,
        response: { 200: PullResponse, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const { after, limit, wait, deviceStorage } = request.query;
      await noteStorage(context, request.caller, deviceStorage);
      if (wait > 0) await newOps.waitUnless(async () => (await storage.ops.latestCursor()) > after, wait * 1000);
      await noteSynced(context, request.caller);
      const page = await storage.ops.pullPage(scopeOf(request.caller), after, limit, siteOfCaller(request.caller));
      // Fastify closes idle keep-alive connections only when shutdown starts; a pull answered
      // after that would keep its connection, and the shutdown, open until the keep-alive ends.
      if (closing) reply.header('connection', 'close');
      // The ops go out as stored (validated when pushed), as JSON text that Fastify sends as it
      // is; the route's schema still documents the answer (the cast: the type provider expects
      // the object).
      return reply.type('application/json').send(pullResponseJson(page) as unknown as PullResponse);
    },
  );

  app.get(
    '/api/sync/snapshot',
    {
      schema: {
        summary: 'The current views this device may see, and the cursor they are consistent with',
        description:
          'A lobby display (role `display`) gets only the call views of today and yesterday: a request id, its ticket, the day and when it was called.',
        tags: ['sync'],
        response: { 200: SnapshotResponse, ...GUARDED_ERRORS },
      },
    },
    async (request) => {
      await noteSynced(context, request.caller);
      return storage.ops.snapshot(scopeOf(request.caller), context.now(), siteOfCaller(request.caller));
    },
  );
}

/**
 * What the caller may read. A kiosk tablet reads as a kiosk even while staff are signed in on
 * it, so full profiles never land in a lobby tablet's storage.
 */
function scopeOf(caller: Caller): Scope {
  if (caller.device?.role === 'kiosk') return 'kiosk';
  if (caller.device?.role === 'display') return 'display';
  return caller.roles.has('staff') ? 'staff' : 'kiosk';
}

/**
 * The site whose catalog, stock and calls the caller reads: a kiosk's or a display's own site;
 * staff read every site's and choose on their screens.
 */
function siteOfCaller(caller: Caller): SiteFilter {
  return scopeOf(caller) === 'staff' ? 'all' : (caller.device?.site ?? DEFAULT_SITE_ID);
}

/**
 * Notes a device's sync, at most once a minute (server/auth/pairing.ts); skipped while the
 * database cannot write, so pulls go on serving.
 */
async function noteSynced(context: AuthContext, caller: Caller): Promise<void> {
  const now = context.now();
  if (caller.device && deviceSyncDue(caller.device, now))
    await unlessStorageUnavailable(context.storage.devices.noteSynced(caller.device.id, now));
}

/**
 * Records what the calling device says of its own storage, when that changes what staff see. It
 * is always the caller's own row (the report names no device), and a staff browser that is not
 * a paired device has no row to record it on.
 */
async function noteStorage(
  context: AuthContext,
  caller: Caller,
  report: DeviceStorageReport | undefined,
): Promise<void> {
  const device = caller.device;
  if (!device || report === undefined) return;
  if ((report === 'full') === (device.storageFullSince !== null)) return;
  await unlessStorageUnavailable(context.storage.devices.noteStorage(device.id, report, context.now()));
}
