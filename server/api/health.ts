/** GET /api/health: is the server up, which version, does the database answer. */
import { HealthResponse } from '../../src/core/api.js';
import type { App } from '../http/types.js';
import type { Storage } from '../storage/types.js';

export function registerHealthRoutes(app: App, deps: { storage: Storage; version: string }): void {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Server and database status',
        tags: ['meta'],
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const healthy = await deps.storage.healthy();
      const body: HealthResponse = {
        status: healthy ? 'ok' : 'degraded',
        version: deps.version,
        database: { status: healthy ? 'ok' : 'error', schemaVersion: healthy ? await deps.storage.schemaVersion() : 0 },
      };
      return reply.code(healthy ? 200 : 503).send(body);
    },
  );
}
