/**
 * issue 16 — GET /api/exports/hmis.zip (admins): hand-outs in a range as a HUD HMIS CSV zip. The
 * rows are built in src/core/exports/hmis/, loaded and zipped in server/exports/; this stays thin.
 */
import { z } from 'zod';
import { HmisExportQuery } from '../../src/core/exports/hmis/api.js';
import { buildHmisExport } from '../../src/core/exports/hmis/export.js';
import type { AuthContext } from '../auth/context.js';
import { newId } from '../auth/crypto.js';
import { hmisZip } from '../exports/hmis-zip.js';
import type { App } from '../http/types.js';
import { GUARDED_ERRORS } from './responses.js';

export function registerExportRoutes(app: App, context: AuthContext, version: string): void {
  app.get(
    '/api/exports/hmis.zip',
    {
      schema: {
        summary: 'Hand-outs in a range as a HUD HMIS CSV (FY2026) zip, for participants with HMIS consent',
        description:
          'A zip of Export, Organization, Project, User, Client, Enrollment, Exit and Services CSV files and a README.txt that counts what was left out (no HMIS consent, no service code, visitors). Participant-level: recorded in the activity log.',
        tags: ['exports'],
        querystring: HmisExportQuery,
        response: {
          200: z.string().describe('application/zip').meta({ format: 'binary' }),
          ...GUARDED_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { caller } = request;
      const staff = caller.staff;
      // The access table lets only admins in, so there is a signed-in staff member here.
      if (!staff) throw new Error('HMIS export without a signed-in admin');
      const at = context.now();
      const built = buildHmisExport({
        ...request.query,
        exportId: newId().slice(0, 32),
        exportedAt: at,
        exportedBy: staff,
        softwareVersion: version,
        ...(await context.storage.reports.hmisSource()),
      });
      await context.storage.audit.record(at, {
        action: 'export.hmis',
        actorId: staff.id,
        deviceId: caller.device?.id ?? null,
        detail: {
          from: request.query.from,
          to: request.query.to,
          clients: built.counts.clients,
          services: built.counts.services,
        },
      });
      return (
        reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="hmis-${request.query.from}-to-${request.query.to}.zip"`)
          .header('cache-control', 'no-store')
          // Fastify sends a Buffer as it is (no serializer); the schema's string only documents the body.
          .send(Buffer.from(hmisZip(built, at)) as unknown as string)
      );
    },
  );
}
