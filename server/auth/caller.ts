/**
 * Works out who is calling (a session cookie, a device token, both or neither) and enforces the
 * authorization table and cross-site protection before any handler or validation runs.
 */
// The cookie plugin's type augmentation (reply.setCookie, request.cookies).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Device, StaffAccount } from '../../src/core/auth/api.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { unlessStorageUnavailable } from '../storage/errors.js';
import type { SessionRecord } from '../storage/types.js';
import { accessFor, type CallerRole, isAllowed } from './access.js';
import type { AuthContext } from './context.js';
import { sha256 } from './crypto.js';
import { DEVICE_SEEN_EVERY_MS } from './pairing.js';
import { SESSION_COOKIE } from './sessions.js';

export interface Caller {
  readonly staff: StaffAccount | undefined;
  readonly session: SessionRecord | undefined;
  readonly sessionToken: string | undefined;
  readonly device: Device | undefined;
  /** A device token was sent but is unknown or revoked. */
  readonly deviceRejected: boolean;
  readonly roles: ReadonlySet<CallerRole>;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerCallerCheck(app: App, context: AuthContext): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && accessFor(method, route.url) === undefined) {
        throw new Error(`${method} ${route.url} has no entry in the authorization table (server/auth/access.ts)`);
      }
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    const access = url?.startsWith('/api/') ? accessFor(request.method, url) : undefined;
    if (access === undefined) return;
    const caller = await identify(request, context);
    request.caller = caller;
    if (access === 'public') return;
    if (caller.deviceRejected) {
      return deny(reply, 401, 'device_revoked', 'This device has been revoked or is not recognised. Pair it again.');
    }
    if (caller.roles.size === 0) return deny(reply, 401, 'unauthorized', 'Please sign in first.');
    if (!isAllowed(access, caller.roles)) {
      return deny(reply, 403, 'forbidden', 'Your account is not allowed to do this.');
    }
    if (caller.session && !SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      return deny(reply, 403, 'cross_site', 'This request did not come from this site and was refused.');
    }
    if (caller.device) await noteSeen(context, caller.device);
  });
}

function deny(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).send(apiError(error, message));
}

/**
 * A device's last-seen time, written at most once a minute so reads do not turn into writes, and
 * skipped while the database cannot write (a full disk must not stop reads).
 */
async function noteSeen(context: AuthContext, device: Device): Promise<void> {
  const now = context.now();
  if (device.lastSeenAt && now.getTime() - Date.parse(device.lastSeenAt) < DEVICE_SEEN_EVERY_MS) return;
  await unlessStorageUnavailable(context.storage.devices.noteSeen(device.id, now));
}

async function identify(request: FastifyRequest, context: AuthContext): Promise<Caller> {
  const { storage } = context;
  const now = context.now();
  const roles = new Set<CallerRole>();

  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  const found = bearer ? await storage.devices.findByToken(sha256(bearer)) : undefined;
  const device = found && found.revokedAt === null ? found : undefined;
  if (device?.role === 'kiosk') roles.add('kiosk');
  if (device?.role === 'display') {
    // A lobby display is never staff: a staff cookie in its browser counts for nothing.
    roles.add('display');
    return { staff: undefined, session: undefined, sessionToken: undefined, device, deviceRejected: false, roles };
  }

  const sessionToken = request.cookies[SESSION_COOKIE];
  let session = sessionToken ? await storage.accounts.resumeSession(sha256(sessionToken), now) : undefined;
  let staff = session ? await storage.accounts.findStaff(session.staffId) : undefined;
  if (staff?.disabled) {
    staff = undefined;
    session = undefined;
  }
  if (staff) {
    roles.add('staff');
    if (staff.role === 'admin') roles.add('admin');
  }
  return { staff, session, sessionToken, device, deviceRejected: bearer !== undefined && !device, roles };
}

/** Cookies ride along on cross-site requests; the Origin header (or Sec-Fetch-Site) tells them apart. */
function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }
  return request.headers['sec-fetch-site'] === 'same-origin';
}
