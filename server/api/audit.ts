/** GET /api/audit: the audit log for admins, newest first, paged. */
import { AuditPage, AuditQuery } from '../../src/core/auth/api.js';
import type { AuthContext } from '../auth/context.js';
import type { App } from '../http/types.js';
import { GUARDED_ERRORS } from './responses.js';

export function registerAuditRoutes(app: App, context: AuthContext): void {
  app.get(
    '/api/audit',
    {
      schema: {
        summary: 'Who did what, when, from which device (newest first)',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: AuditPage, ...GUARDED_ERRORS },
      },
    },
    async (request) => context.storage.audit.list(request.query),
  );
}
