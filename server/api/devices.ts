/** Pairing devices with short-lived codes, listing and revoking them, and "who am I" for a device. */
import { ApiError } from '../../src/core/api.js';
import {
  CreatePairingRequest,
  Device,
  DeviceList,
  IdParams,
  PairingCode,
  PairRequest,
  PairResponse,
} from '../../src/core/auth/api.js';
import { DEFAULT_SITE_ID } from '../../src/core/sites/site.js';
import { ADDRESS_LIMITS, createAddressLimiter } from '../auth/address-limits.js';
import type { AuthContext } from '../auth/context.js';
import { newId, newToken, sha256 } from '../auth/crypto.js';
import { newPairingCode, pairingCodeHash } from '../auth/pairing.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { staffMayActFor, unknownSites } from '../sites/known-sites.js';
import { GUARDED_ERRORS, refuseIfThrottled } from './responses.js';

export function registerDeviceRoutes(app: App, context: AuthContext): void {
  const { devices } = context.storage;
  const limitAddress = createAddressLimiter(app, ADDRESS_LIMITS.pairing);

  app.post(
    '/api/devices/pair',
    {
      schema: {
        summary: 'Pair this device with a code shown on a staff screen; returns its token once',
        tags: ['devices'],
        body: PairRequest,
        response: { 200: PairResponse, 400: ApiError, 404: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const key = `pair:${request.ip}`;
      if (refuseIfThrottled(reply, await limitAddress(request), 'pairing attempts from this network')) return reply;
      if (refuseIfThrottled(reply, await context.codeThrottle.retryAfterMs(key), 'wrong codes')) return reply;
      const now = context.now();
      const codeHash = pairingCodeHash(request.body.code);
      const token = newToken();
      const device =
        codeHash === undefined
          ? undefined
          : await devices.pair({ codeHash, id: newId(), tokenHash: sha256(token), at: now }, (made, pairedBy) => ({
              action: 'device.paired',
              actorId: pairedBy,
              deviceId: made.id,
              target: made.name,
              detail: { role: made.role },
            }));
      if (!device) {
        await context.codeThrottle.recordFailure(key, request.ip);
        return reply
          .code(404)
          .send(apiError('pairing_code_invalid', 'This code is wrong or has expired. Ask staff for a new code.'));
      }
      return { device, token };
    },
  );

  app.get(
    '/api/devices/me',
    {
      schema: {
        summary: 'The calling device',
        tags: ['devices'],
        response: { 200: Device, 404: ApiError, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const { device } = request.caller;
      if (!device) return reply.code(404).send(apiError('not_a_device', 'This browser is not a paired device.'));
      return device;
    },
  );

  app.get(
    '/api/devices',
    { schema: { summary: 'All paired devices', tags: ['devices'], response: { 200: DeviceList, ...GUARDED_ERRORS } } },
    async () => ({ devices: await devices.list() }),
  );

  app.post(
    '/api/devices/pairings',
    {
      schema: {
        summary: 'Create a pairing code (valid 10 minutes, works once)',
        tags: ['devices'],
        body: CreatePairingRequest,
        response: { 200: PairingCode, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const staff = request.caller.staff;
      if (!staff) throw new Error('unreachable: the access table requires a session');
      const now = context.now();
      const { name, role, site = DEFAULT_SITE_ID } = request.body;
      if ((await unknownSites(context.storage, [site])).length > 0) {
        return reply.code(400).send(apiError('unknown_site', 'There is no such site. Choose one of the sites.'));
      }
      if (!staffMayActFor(staff, site)) {
        return reply.code(403).send(apiError('site_not_allowed', 'You may only pair devices for your own sites.'));
      }
      const { code, codeHash, expiresAt } = newPairingCode(now);
      await devices.createPairingCode({ codeHash, name, role, site, createdBy: staff.id, expiresAt }, now, {
        action: 'pairing.created',
        actorId: staff.id,
        deviceId: request.caller.device?.id ?? null,
        target: name,
        detail: { role, site },
      });
      return { code, expiresAt: expiresAt.toISOString(), name, role, site };
    },
  );

  app.post(
    '/api/devices/:id/revoke',
    {
      schema: {
        summary: 'Revoke a device: its token stops working at once',
        tags: ['devices'],
        params: IdParams,
        response: { 200: Device, 404: ApiError, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const revoked = await devices.revoke(request.params.id, context.now(), (device) => ({
        action: 'device.revoked',
        actorId: request.caller.staff?.id ?? null,
        deviceId: request.caller.device?.id ?? null,
        target: device.name,
        detail: { revokedDeviceId: device.id },
      }));
      if (!revoked) return reply.code(404).send(apiError('not_found', 'No such device.'));
      return revoked;
    },
  );
}
