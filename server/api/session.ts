/** Staff sign-in (throttled: server/api/sign-in-limits.ts), the current session, and sign-out. */
import { ApiError } from '../../src/core/api.js';
import { Ok, Session, SignInRequest } from '../../src/core/auth/api.js';
import type { AuthContext } from '../auth/context.js';
import { DUMMY_SECRET_HASH, sha256, verifySecret } from '../auth/crypto.js';
import { clearSessionCookie, startSession } from '../auth/session-cookie.js';
import { idleExpiry } from '../auth/sessions.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { GUARDED_ERRORS } from './responses.js';
import { createSignInLimits } from './sign-in-limits.js';

export function registerSessionRoutes(app: App, context: AuthContext): void {
  const { accounts, audit } = context.storage;
  const limits = createSignInLimits(app, context);

  app.post(
    '/api/session',
    {
      schema: {
        summary: 'Sign in with sign-in name and PIN or password',
        tags: ['auth'],
        body: SignInRequest,
        response: { 200: Session, 400: ApiError, 401: ApiError, 403: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      // A lobby display faces the public: nobody signs in as staff on it (its token says what it is).
      if (request.caller.device?.role === 'display') {
        return reply
          .code(403)
          .send(apiError('display_device', 'This is a lobby display. Sign in on a staff device instead.'));
      }
      const { loginName, secret } = request.body;
      const deviceId = request.caller.device?.id ?? null;
      const found = await accounts.findStaffForSignIn(loginName);
      const client = limits.identify(request, loginName, found?.account);
      if (await limits.refuse(request, reply, client)) return reply;
      // Hash even for unknown names, so the time taken does not reveal which names exist.
      const matches = await verifySecret(secret, found?.secretHash ?? DUMMY_SECRET_HASH);
      const now = context.now();
      if (!found || !matches) {
        await limits.noteFailure(request, client, found?.account);
        // Only a real account's name is recorded: a PIN typed into the name field must not be.
        await audit.record(now, {
          action: 'sign_in.failed',
          actorId: found?.account.id ?? null,
          deviceId,
          target: found ? loginName : null,
          detail: { reason: found ? 'wrong_secret' : 'unknown_name' },
        });
        return reply.code(401).send(apiError('sign_in_failed', 'Wrong sign-in name or PIN/password.'));
      }
      if (found.account.disabled) {
        await audit.record(now, {
          action: 'sign_in.failed',
          actorId: found.account.id,
          deviceId,
          target: loginName,
          detail: { reason: 'disabled' },
        });
        return reply
          .code(403)
          .send(apiError('account_disabled', 'This account is disabled. Please ask an admin to enable it.'));
      }
      await limits.noteSuccess(request, reply, client, found.account);
      await audit.record(now, { action: 'sign_in.succeeded', actorId: found.account.id, deviceId, target: loginName });
      return startSession(context, reply, found.account, deviceId, now);
    },
  );

  app.get(
    '/api/session',
    {
      schema: { summary: 'The signed-in staff member', tags: ['auth'], response: { 200: Session, ...GUARDED_ERRORS } },
    },
    async (request) => {
      const { staff, session } = request.caller;
      if (!staff || !session) throw new Error('unreachable: the access table requires a session');
      return { staff, idleExpiresAt: idleExpiry(session) };
    },
  );

  app.delete(
    '/api/session',
    { schema: { summary: 'Sign out', tags: ['auth'], response: { 200: Ok, ...GUARDED_ERRORS } } },
    async (request, reply) => {
      const { staff, sessionToken } = request.caller;
      const signOut = { action: 'sign_out', actorId: staff?.id ?? null, deviceId: request.caller.device?.id ?? null };
      if (sessionToken) await accounts.endSession(sha256(sessionToken), context.now(), signOut);
      else await audit.record(context.now(), signOut);
      clearSessionCookie(reply, context.tls);
      return { ok: true as const };
    },
  );
}
