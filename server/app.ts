/**
 * Builds the HTTP application: security headers, the API (validated and documented by the
 * shared Zod schemas) and the built PWA. No listening here, so tests can start it on any port.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuditRoutes } from './api/audit.js';
import { registerDeviceRoutes } from './api/devices.js';
import { registerExportRoutes } from './api/exports.js';
import { registerHealthRoutes } from './api/health.js';
import { registerOpenApi, registerOpenApiRoute } from './api/openapi.js';
import { registerReportRoutes } from './api/reports.js';
import { registerSessionRoutes } from './api/session.js';
import { registerSetupRoutes } from './api/setup.js';
import { registerStaffRoutes } from './api/staff.js';
import { registerSyncRoutes } from './api/sync.js';
import { registerCallerCheck } from './auth/caller.js';
import { createAuthContext } from './auth/context.js';
import { DEFAULT_BODY_LIMIT } from './http/body-limits.js';
import { answerClientError, answerFrameworkError, registerErrorHandling } from './http/errors.js';
import { registerJsonBodyParser } from './http/json-body.js';
import { registerPwa } from './http/pwa.js';
import { recordRoutes } from './http/route-registry.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import type { App } from './http/types.js';
import { validatorCompiler } from './http/validation.js';
import type { Storage } from './storage/types.js';
import { type RetentionSchedule, scheduleRetention } from './sync/retention-job.js';
import { seedCatalogOnce, seedDefaultSiteOnce } from './sync/seed-catalog.js';

export interface AppOptions {
  /** Where everything is kept (server/storage/); the app does not close it. */
  readonly storage: Storage;
  readonly version: string;
  readonly staticDir: string;
  readonly logLevel?: string;
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | undefined;
  /** Where log lines go (default stdout); tests read them to check nothing secret is logged. */
  readonly logStream?: { write(line: string): void };
  /** The clock for expiries (sessions, codes) and retention; tests move it. */
  readonly now?: () => Date;
  /** When the retention job runs after the start (default: daily); tests run it themselves. */
  readonly retentionSchedule?: RetentionSchedule;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify(fastifyOptions(options)).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API reads JSON only; Fastify would also take text/plain, which a cross-site form can send.
  app.removeContentTypeParser('text/plain');
  registerJsonBodyParser(app);
  recordRoutes(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app, { tls: options.https !== undefined });
  await registerOpenApi(app, options.version);
  await app.register(cookie);
  // Only the routes that take a PIN or a code use it, through server/auth/address-limits.ts.
  await app.register(rateLimit, { global: false });
  const auth = await createAuthContext(options.storage, { now: options.now, tls: options.https !== undefined });
  await seedCatalogOnce(options.storage, auth.now());
  await seedDefaultSiteOnce(options.storage, auth.now());
  // issue 20: runs once before the server answers, then on its schedule until the app closes.
  const retention = scheduleRetention(options.storage, {
    now: auth.now,
    schedule: options.retentionSchedule,
    onError: (error) => app.log.error({ err: error }, 'retention run failed'),
  });
  app.addHook('onClose', () => retention.stop());
  await retention.runNow();
  registerCallerCheck(app, auth);

  registerHealthRoutes(app, options);
  registerOpenApiRoute(app);
  registerSetupRoutes(app, auth);
  registerSessionRoutes(app, auth);
  registerDeviceRoutes(app, auth);
  registerStaffRoutes(app, auth);
  registerAuditRoutes(app, auth);
  registerSyncRoutes(app, auth);
  registerReportRoutes(app, auth);
  registerExportRoutes(app, auth, options.version);
  await registerPwa(app, options.staticDir);

  await app.ready();
  return app;
}

function fastifyOptions(options: AppOptions): FastifyServerOptions & { https?: { cert: Buffer; key: Buffer } } {
  return {
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
    bodyLimit: DEFAULT_BODY_LIMIT,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Query strings and headers can carry names, tokens and cookies: log method and path only.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    },
  };
}
