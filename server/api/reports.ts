/**
 * The reports API: every figure for a range of center days as JSON, each table as CSV, and the
 * participant-level export for admins (recorded in the audit log). Figures come from the core.
 */
import { z } from 'zod';
import { ReportQuery, ReportResponse, ReportTableParams } from '../../src/core/reports/api.js';
import { participantLines, participantTable } from '../../src/core/reports/participant-export.js';
import { publishReport } from '../../src/core/reports/publish.js';
import { computeReport } from '../../src/core/reports/report.js';
import { opsForSite } from '../../src/core/reports/sites.js';
import { reportTable } from '../../src/core/reports/tables.js';
import type { AuthContext } from '../auth/context.js';
import type { App } from '../http/types.js';
import { csvFile } from '../reports/csv.js';
import { GUARDED_ERRORS } from './responses.js';

const CsvText = z.string().meta({ description: 'text/csv; charset=utf-8, with a byte-order mark and a header row' });

function fileName(what: string, range: { from: string; to: string }): string {
  return `lead-hollywood-${what}-${range.from}-to-${range.to}.csv`;
}

export function registerReportRoutes(app: App, context: AuthContext): void {
  const { storage } = context;
  /** The figures of one site, or of the program when the query names none. */
  const computed = async (query: ReportQuery) =>
    computeReport(
      await storage.reports.reportOps(),
      { from: query.from, to: query.to },
      undefined,
      query.site ?? 'all',
    );
  const published = async (query: ReportQuery) => publishReport(await computed(query));
  // The core's types are readonly; the response serializer checks the shape against the schema.
  const answer = async (range: ReportQuery) => (await published(range)) as unknown as ReportResponse;

  app.get(
    '/api/reports',
    {
      schema: {
        summary: 'Every report figure for a range of center days (small cells read "fewer than 5")',
        description:
          'Counts from 1 to 4 that could single a person out are `{ suppressed: true }`. Day totals of visits and stock levels are exact. At most 400 days.',
        tags: ['reports'],
        querystring: ReportQuery,
        response: { 200: ReportResponse, ...GUARDED_ERRORS },
      },
    },
    async (request) => answer(request.query),
  );

  // Registered before the parametric route; find-my-way prefers the static path anyway.
  app.get(
    '/api/reports/participants.csv',
    {
      schema: {
        summary: 'Admins only: each participant who visited in the range, visits and items (in the audit log)',
        description: 'Participant-level and not suppressed: every download is recorded in the audit log.',
        tags: ['reports'],
        querystring: ReportQuery,
        response: { 200: CsvText, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const { from, to, site = 'all' } = request.query;
      const lines = participantLines(opsForSite(await storage.reports.reportOps(), site), { from, to });
      await storage.audit.record(context.now(), {
        action: 'report.participantsExported',
        actorId: request.caller.staff?.id ?? null,
        deviceId: request.caller.device?.id ?? null,
        detail: { from, to, site, participants: lines.length },
      });
      return sendCsv(reply, fileName('participants', request.query), csvFile(participantTable(lines)));
    },
  );

  // The Naloxone Distribution Project and SHaRP ask for the real numbers of kits and reversals,
  // and a pack names no one (reversal reports carry no participant id into it), so admins may
  // take it unsuppressed; the download is in the audit log like the participant list.
  app.get(
    '/api/reports/harm-reduction-exact.csv',
    {
      schema: {
        summary: 'Admins only: the harm-reduction pack with exact counts, small ones included (in the audit log)',
        description:
          'Naloxone kits and discreet supplies distributed, reversals reported and replacement kits asked, not suppressed: for the California Naloxone Distribution Project form. Counts only, never a participant.',
        tags: ['reports'],
        querystring: ReportQuery,
        response: { 200: CsvText, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const rows = reportTable(await computed(request.query), 'harm-reduction');
      await storage.audit.record(context.now(), {
        action: 'report.harmReductionExactExported',
        actorId: request.caller.staff?.id ?? null,
        deviceId: request.caller.device?.id ?? null,
        detail: { from: request.query.from, to: request.query.to, site: request.query.site ?? 'all' },
      });
      return sendCsv(reply, fileName('harm-reduction-exact', request.query), csvFile(rows));
    },
  );

  app.get(
    '/api/reports/:table.csv',
    {
      schema: {
        summary: 'One report table as CSV (visits, handed-out, unmet-need, stock, wait-times, talks, harm-reduction)',
        description:
          'The same figures as GET /api/reports, small cells included; formula-like cells start with an apostrophe.',
        tags: ['reports'],
        params: ReportTableParams,
        querystring: ReportQuery,
        response: { 200: CsvText, ...GUARDED_ERRORS },
      },
    },
    async (request, reply) => {
      const rows = reportTable(await published(request.query), request.params.table);
      return sendCsv(reply, fileName(request.params.table, request.query), csvFile(rows));
    },
  );
}

function sendCsv(reply: import('fastify').FastifyReply, name: string, text: string) {
  return reply
    .header('Content-Disposition', `attachment; filename="${name}"`)
    .header('Cache-Control', 'no-store')
    .type('text/csv; charset=utf-8')
    .send(text);
}
