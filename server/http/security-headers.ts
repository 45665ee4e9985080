/**
 * Security headers for every response. The PWA loads nothing from third parties and runs no
 * inline script, so the policy is 'self' everywhere. No upgrade-insecure-requests or HSTS on
 * plain HTTP, because a small center may run the server on its LAN without TLS during setup.
 */
import helmet from '@fastify/helmet';
import type { App } from './types.js';

export async function registerSecurityHeaders(app: App, options: { tls: boolean }): Promise<void> {
  await app.register(helmet, {
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
    hsts: options.tls ? { maxAge: 15552000 } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  // Only the scan screen needs the camera, and only from our own origin.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=()');
  });
}
