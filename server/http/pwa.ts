/**
 * Serves the built PWA. App routes (/, /kiosk, /staff and below, /display) all get index.html, which
 * routes on the client. Hashed assets are cached forever; everything else is revalidated so a
 * new service worker and app shell are picked up on the next visit. Text files go out precompressed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './types.js';

export const APP_ROUTES = ['/', '/kiosk', '/kiosk/*', '/staff', '/staff/*', '/display'] as const;

export async function registerPwa(app: App, staticDir: string): Promise<void> {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    for (const url of APP_ROUTES) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send(`The app is not built yet (no ${staticDir}/index.html). Run: npm run build`),
      );
    }
    return;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    index: false,
    cacheControl: false,
    // `npm run build` writes .br and .gz beside each hashed asset (scripts/precompress.mjs): sent to
    // browsers that accept them, with Vary: Accept-Encoding; the plain file to the rest.
    preCompressed: true,
    setHeaders(res, filePath) {
      const hashed = filePath.startsWith(path.join(staticDir, 'assets') + path.sep);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      // A cache between us and a tablet must not hand a brotli copy to a browser that asked for none.
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  for (const url of APP_ROUTES) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html'),
    );
  }
}
