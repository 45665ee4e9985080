/**
 * Staff accounts (admins only): create, rename or change role, disable and enable, reset the
 * PIN/password. Every staff member may read the names, to see who did what.
 */
import type { FastifyReply } from 'fastify';
import { ApiError } from '../../src/core/api.js';
import {
  CreateStaffRequest,
  IdParams,
  Ok,
  ResetSecretRequest,
  StaffAccount,
  StaffList,
  StaffNames,
  UpdateStaffRequest,
} from '../../src/core/auth/api.js';
import type { Caller } from '../auth/caller.js';
import type { AuthContext } from '../auth/context.js';
import { hashSecret } from '../auth/crypto.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { unknownSites } from '../sites/known-sites.js';
import type { AuditRecord } from '../storage/types.js';
import { GUARDED_ERRORS } from './responses.js';

const ACCOUNT_RESPONSES = { 200: StaffAccount, 404: ApiError, 409: ApiError, ...GUARDED_ERRORS } as const;

export function registerStaffRoutes(app: App, context: AuthContext): void {
  const { accounts } = context.storage;
  /** An audit entry naming the caller, written by the storage in the change's own transaction. */
  const audit = (caller: Caller, entry: Omit<AuditRecord, 'actorId' | 'deviceId'>): AuditRecord => ({
    ...entry,
    actorId: caller.staff?.id ?? null,
    deviceId: caller.device?.id ?? null,
  });
  const notFound = (reply: FastifyReply) => reply.code(404).send(apiError('not_found', 'No such staff account.'));
  const loginTaken = (reply: FastifyReply) =>
    reply.code(409).send(apiError('login_taken', 'That sign-in name is taken. Choose another.'));
  const lastAdmin = (reply: FastifyReply) =>
    reply.code(409).send(apiError('last_admin', 'This is the only active admin. Make someone else an admin first.'));

  app.get(
    '/api/staff',
    { schema: { summary: 'All staff accounts', tags: ['staff'], response: { 200: StaffList, ...GUARDED_ERRORS } } },
    async () => ({ staff: await accounts.listStaff() }),
  );

  app.get(
    '/api/staff/names',
    {
      schema: {
        summary: 'Names of all staff members, to say who did what',
        tags: ['staff'],
        response: { 200: StaffNames, ...GUARDED_ERRORS },
      },
    },
    async () => ({ staff: (await accounts.listStaff()).map(({ id, displayName }) => ({ id, displayName })) }),
  );

  app.post(
    '/api/staff',
    {
      schema: {
        summary: 'Create a staff account',
        tags: ['staff'],
        body: CreateStaffRequest,
        response: { 201: StaffAccount, 409: ApiError, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const { displayName, loginName, role, secret } = request.body;
      // Checked first to spare the hashing; the insert decides when two requests race.
      if (await accounts.loginNameTaken(loginName)) return loginTaken(reply);
      const secretHash = await hashSecret(secret);
      const account = await accounts.createStaff(context.now(), { displayName, loginName, role, secretHash }, (made) =>
        audit(request.caller, { action: 'staff.created', target: made.loginName, detail: { role } }),
      );
      if (account === 'login_taken') return loginTaken(reply);
      return reply.code(201).send(account);
    },
  );

  app.patch(
    '/api/staff/:id',
    {
      schema: {
        summary: 'Change a staff member’s display name, role, or the sites they may act for',
        tags: ['staff'],
        params: IdParams,
        body: UpdateStaffRequest,
        response: ACCOUNT_RESPONSES,
      },
    },
    async (request, reply) => {
      const account = await accounts.findStaff(request.params.id);
      if (!account) return notFound(reply);
      const { displayName, role, sites } = request.body;
      const demotesAdmin = account.role === 'admin' && role === 'staff' && !account.disabled;
      if (demotesAdmin && (await accounts.countActiveAdmins()) <= 1) return lastAdmin(reply);
      const unknown = sites ? await unknownSites(context.storage, sites) : [];
      if (unknown.length > 0) {
        return reply.code(400).send(apiError('unknown_site', `There is no site ${unknown.join(', ')}.`));
      }
      const updated = await accounts.updateStaff(
        account.id,
        { ...(displayName ? { displayName } : {}), ...(role ? { role } : {}), ...(sites ? { sites } : {}) },
        context.now(),
        audit(request.caller, {
          action: 'staff.updated',
          target: account.loginName,
          detail: { role: role ?? null, sites: sites ? sites.join(' ') || 'all' : null },
        }),
      );
      return updated ?? notFound(reply);
    },
  );

  app.post(
    '/api/staff/:id/disable',
    {
      schema: {
        summary: 'Disable an account and end its sessions',
        tags: ['staff'],
        params: IdParams,
        response: ACCOUNT_RESPONSES,
      },
    },
    async (request, reply) => {
      const account = await accounts.findStaff(request.params.id);
      if (!account) return notFound(reply);
      if (account.id === request.caller.staff?.id) {
        return reply.code(409).send(apiError('cannot_disable_self', 'You cannot disable your own account.'));
      }
      if (account.role === 'admin' && !account.disabled && (await accounts.countActiveAdmins()) <= 1) {
        return lastAdmin(reply);
      }
      const disabled = await accounts.setStaffDisabled(
        account.id,
        true,
        context.now(),
        audit(request.caller, { action: 'staff.disabled', target: account.loginName }),
      );
      return disabled ?? notFound(reply);
    },
  );

  app.post(
    '/api/staff/:id/enable',
    {
      schema: { summary: 'Enable a disabled account', tags: ['staff'], params: IdParams, response: ACCOUNT_RESPONSES },
    },
    async (request, reply) => {
      const account = await accounts.findStaff(request.params.id);
      if (!account) return notFound(reply);
      const enabled = await accounts.setStaffDisabled(
        account.id,
        false,
        context.now(),
        audit(request.caller, { action: 'staff.enabled', target: account.loginName }),
      );
      return enabled ?? notFound(reply);
    },
  );

  app.post(
    '/api/staff/:id/reset-secret',
    {
      schema: {
        summary: 'Set a new PIN or password; the person’s other sessions end',
        tags: ['staff'],
        params: IdParams,
        body: ResetSecretRequest,
        response: { 200: Ok, 404: ApiError, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const account = await accounts.findStaff(request.params.id);
      if (!account) return notFound(reply);
      const secretHash = await hashSecret(request.body.secret);
      const keep = request.caller.session?.tokenHash ?? '';
      await accounts.resetStaffSecret(
        account.id,
        secretHash,
        context.now(),
        keep,
        audit(request.caller, { action: 'staff.secret_reset', target: account.loginName }),
      );
      return { ok: true as const };
    },
  );
}
