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
import { type AuditRecord, recordAudit } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
import type { AuthContext } from '../auth/context.js';
import { hashSecret } from '../auth/crypto.js';
import { endSessionsOf } from '../auth/sessions.js';
import {
  countActiveAdmins,
  findStaffById,
  insertStaffUnlessTaken,
  listStaff,
  loginNameTaken,
  setStaffDisabled,
  setStaffSecret,
  updateStaff,
} from '../auth/staff-store.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { GUARDED_ERRORS } from './responses.js';

const ACCOUNT_RESPONSES = { 200: StaffAccount, 404: ApiError, 409: ApiError, ...GUARDED_ERRORS } as const;

export function registerStaffRoutes(app: App, context: AuthContext): void {
  const { db } = context;
  const audit = (caller: Caller, entry: Omit<AuditRecord, 'actorId' | 'deviceId'>) =>
    recordAudit(db, context.now(), {
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
    async () => ({ staff: listStaff(db) }),
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
    async () => ({ staff: listStaff(db).map(({ id, displayName }) => ({ id, displayName })) }),
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
      if (loginNameTaken(db, loginName)) return loginTaken(reply);
      const secretHash = await hashSecret(secret);
      const account = insertStaffUnlessTaken(db, context.now(), { displayName, loginName, role, secretHash });
      if (account === 'login_taken') return loginTaken(reply);
      audit(request.caller, { action: 'staff.created', target: account.loginName, detail: { role } });
      return reply.code(201).send(account);
    },
  );

  app.patch(
    '/api/staff/:id',
    {
      schema: {
        summary: 'Change a staff member’s display name or role',
        tags: ['staff'],
        params: IdParams,
        body: UpdateStaffRequest,
        response: ACCOUNT_RESPONSES,
      },
    },
    async (request, reply) => {
      const account = findStaffById(db, request.params.id);
      if (!account) return notFound(reply);
      const { displayName, role } = request.body;
      const demotesAdmin = account.role === 'admin' && role === 'staff' && !account.disabled;
      if (demotesAdmin && countActiveAdmins(db) <= 1) return lastAdmin(reply);
      updateStaff(
        db,
        account.id,
        { ...(displayName ? { displayName } : {}), ...(role ? { role } : {}) },
        context.now(),
      );
      audit(request.caller, { action: 'staff.updated', target: account.loginName, detail: { role: role ?? null } });
      return findStaffById(db, account.id) as StaffAccount;
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
      const account = findStaffById(db, request.params.id);
      if (!account) return notFound(reply);
      if (account.id === request.caller.staff?.id) {
        return reply.code(409).send(apiError('cannot_disable_self', 'You cannot disable your own account.'));
      }
      if (account.role === 'admin' && !account.disabled && countActiveAdmins(db) <= 1) return lastAdmin(reply);
      const now = context.now();
      db.transaction(() => {
        setStaffDisabled(db, account.id, true, now);
        endSessionsOf(db, account.id, now);
        audit(request.caller, { action: 'staff.disabled', target: account.loginName });
      })();
      return findStaffById(db, account.id) as StaffAccount;
    },
  );

  app.post(
    '/api/staff/:id/enable',
    {
      schema: { summary: 'Enable a disabled account', tags: ['staff'], params: IdParams, response: ACCOUNT_RESPONSES },
    },
    async (request, reply) => {
      const account = findStaffById(db, request.params.id);
      if (!account) return notFound(reply);
      setStaffDisabled(db, account.id, false, context.now());
      audit(request.caller, { action: 'staff.enabled', target: account.loginName });
      return findStaffById(db, account.id) as StaffAccount;
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
      const account = findStaffById(db, request.params.id);
      if (!account) return notFound(reply);
      const secretHash = await hashSecret(request.body.secret);
      const keep = request.caller.session?.tokenHash ?? '';
      db.transaction(() => {
        setStaffSecret(db, account.id, secretHash);
        endSessionsOf(db, account.id, context.now(), keep);
        audit(request.caller, { action: 'staff.secret_reset', target: account.loginName });
      })();
      return { ok: true as const };
    },
  );
}
