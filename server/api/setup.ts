/** First-admin setup: GET tells whether it is needed, POST uses the one-time code to create the admin. */
import { ApiError } from '../../src/core/api.js';
import { Session, SetupRequest, SetupStatus } from '../../src/core/auth/api.js';
import { recordAudit } from '../audit/audit-log.js';
import { ADDRESS_LIMITS, createAddressLimiter } from '../auth/address-limits.js';
import type { AuthContext } from '../auth/context.js';
import { hashSecret } from '../auth/crypto.js';
import { startSession } from '../auth/session-cookie.js';
import { consumeSetupCode, setupNeeded } from '../auth/setup-codes.js';
import { insertStaff, loginNameTaken } from '../auth/staff-store.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { refuseIfThrottled } from './responses.js';

export function registerSetupRoutes(app: App, context: AuthContext): void {
  const { db } = context;
  const limitAddress = createAddressLimiter(app, ADDRESS_LIMITS.setup);

  app.get(
    '/api/setup',
    {
      schema: {
        summary: 'Whether the first admin still has to be created',
        tags: ['auth'],
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needed: setupNeeded(db) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        summary: 'Create the first admin with the one-time setup code printed at start',
        tags: ['auth'],
        body: SetupRequest,
        response: { 200: Session, 400: ApiError, 403: ApiError, 409: ApiError, 429: ApiError },
      },
    },
    async (request, reply) => {
      const key = `setup:${request.ip}`;
      if (refuseIfThrottled(reply, await limitAddress(request), 'setup attempts from this network')) return reply;
      if (refuseIfThrottled(reply, context.codeThrottle.retryAfterMs(key), 'wrong setup codes')) return reply;
      if (!setupNeeded(db)) return reply.code(409).send(apiError('setup_done', 'The first admin already exists.'));
      const { code, displayName, loginName, secret } = request.body;
      const secretHash = await hashSecret(secret);
      const now = context.now();
      const admin = db.transaction(() => {
        if (!consumeSetupCode(db, code, now)) return undefined;
        if (loginNameTaken(db, loginName)) return 'taken' as const;
        const created = insertStaff(db, now, { displayName, loginName, role: 'admin', secretHash });
        recordAudit(db, now, { action: 'setup.completed', actorId: created.id, target: created.loginName });
        return created;
      })();
      if (admin === undefined) {
        context.codeThrottle.recordFailure(key, request.ip);
        return reply
          .code(403)
          .send(
            apiError(
              'setup_code_invalid',
              'This setup link is wrong, has expired or was already used. Restart the server to print a new one.',
            ),
          );
      }
      if (admin === 'taken') return reply.code(409).send(apiError('login_taken', 'That sign-in name is taken.'));
      return startSession(context, reply, admin, request.caller.device?.id ?? null, now);
    },
  );
}
