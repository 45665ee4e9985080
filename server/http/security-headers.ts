/**
 * Security headers for every response. The PWA loads nothing from third parties and runs no
 * inline script, so the policy is 'self' everywhere. No upgrade-insecure-requests or HSTS on
 * plain HTTP, because a small center may run the server on its LAN without TLS during setup.
 *
 * The headers are the ones Helmet's defaults give for this policy (tests/server/security-headers
 * compares them with @fastify/helmet's), written out once at start: @fastify/helmet built Helmet's
 * middleware again for every request, parsing the policy's directives each time, a twentieth of
 * a staff pull's time under load (issue 19).
 */
import type { App } from './types.js';

/** The Content-Security-Policy, directive by directive. */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** HSTS, over HTTPS only: 180 days, subdomains included. */
const HSTS = 'max-age=15552000; includeSubDomains';

/** The headers every response carries, in the order they are set. */
export function securityHeaders(options: { tls: boolean }): ReadonlyArray<readonly [name: string, value: string]> {
  const csp = Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');
  return [
    ['Content-Security-Policy', csp],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'no-referrer'],
    ...(options.tls ? ([['Strict-Transport-Security', HSTS]] as const) : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
    // Only the scan screen needs the camera, and only from our own origin.
    ['Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=()'],
  ];
}

export function registerSecurityHeaders(app: App, options: { tls: boolean }): void {
  const headers = securityHeaders(options);
  // On the raw response, first thing, as Helmet sets them: every answer carries them, a refusal
  // by the caller check or a 404 too.
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of headers) raw.setHeader(name, value);
    raw.removeHeader('X-Powered-By');
    done();
  });
}
