/** First-admin setup: GET tells whether it is needed, POST uses the one-time code to create the admin. */
import { ApiError } from '../../src/core/api.js';
import { Session, SetupRequest, SetupStatus } from '../../src/core/auth/api.js';
import { ADDRESS_LIMITS, createAddressLimiter } from '../auth/address-limits.js';
import type { AuthContext } from '../auth/context.js';
import { hashSecret, sha256 } from '../auth/crypto.js';
import { startSession } from '../auth/session-cookie.js';
import { setupNeeded } from '../auth/setup-codes.js';
import { apiError } from '../http/errors.js';
import type { App } from '../http/types.js';
import { refuseIfThrottled } from './responses.js';

export function registerSetupRoutes(app: App, context: AuthContext): void {
  const { storage } = context;
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
    async () => ({ needed: await setupNeeded(storage) }),
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
      if (refuseIfThrottled(reply, await context.codeThrottle.retryAfterMs(key), 'wrong setup codes')) return reply;
      if (!(await setupNeeded(storage)))
        return reply.code(409).send(apiError('setup_done', 'The first admin already exists.'));
      const { code, displayName, loginName, secret } = request.body;
      const secretHash = await hashSecret(secret);
      const now = context.now();
      const admin = await storage.accounts.completeSetup(
        sha256(code),
        now,
        { displayName, loginName, role: 'admin', secretHash },
        (created) => ({ action: 'setup.completed', actorId: created.id, target: created.loginName }),
      );
      if (admin === 'code_invalid') {
        await context.codeThrottle.recordFailure(key, request.ip);
        return reply
          .code(403)
          .send(
            apiError(
              'setup_code_invalid',
              'This setup link is wrong, has expired or was already used. Restart the server to print a new one.',
            ),
          );
      }
      if (admin === 'login_taken') return reply.code(409).send(apiError('login_taken', 'That sign-in name is taken.'));
      return startSession(context, reply, admin, request.caller.device?.id ?? null, now);
    },
  );
}
