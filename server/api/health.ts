/** GET /api/health: is the server up, which version, does the database answer. */
import type { Database } from 'better-sqlite3';
import { HealthResponse } from '../../src/core/api.js';
import { isDatabaseHealthy } from '../db/database.js';
import { schemaVersion } from '../db/migrations.js';
import type { App } from '../http/types.js';

export function registerHealthRoutes(app: App, deps: { db: Database; version: string }): void {
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
      const healthy = isDatabaseHealthy(deps.db);
      const body: HealthResponse = {
        status: healthy ? 'ok' : 'degraded',
        version: deps.version,
        database: { status: healthy ? 'ok' : 'error', schemaVersion: healthy ? schemaVersion(deps.db) : 0 },
      };
      return reply.code(healthy ? 200 : 503).send(body);
    },
  );
}
