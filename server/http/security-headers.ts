/**
 * Security headers for every response. The PWA loads nothing from third parties and runs no
 * inline script, so the policy is 'self' everywhere. No upgrade-insecure-requests or HSTS on
 * plain HTTP, because a small center may run the server on its LAN without TLS during setup.
 *
 * Helmet's middleware is built once, at start, and applied to the raw response first thing:
 * @fastify/helmet built it again for every request, parsing the policy each time, a twentieth of
 * a staff pull's time under load (issue 19). tests/server/security-headers.test.ts holds the
 * headers to what @fastify/helmet sent for the same policy.
 */
import helmet from 'helmet';
import type { App } from './types.js';

/** Only the scan screen needs the camera, and only from our own origin. */
const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=()';

export function registerSecurityHeaders(app: App, options: { tls: boolean }): void {
  const applyHelmet = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: options.tls ? { maxAge: 15552000 } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  // Every answer carries them, a refusal by the caller check or a 404 too.
  app.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    applyHelmet(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}
