/**
 * The security headers come from Helmet's middleware built once at start (issue 19) instead of
 * @fastify/helmet building it for every request. Property: every answer carries exactly the
 * headers @fastify/helmet gave for the same policy (with the Permissions-Policy beside them), over
 * HTTP and HTTPS, for an answer, a refusal and a 404; and the real app sends them on its API answers.
 */
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from '../../server/http/security-headers.js';
import type { App } from '../../server/http/types.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** server/http/security-headers.ts as it was before issue 19: @fastify/helmet and an onSend hook. */
async function helmetApp(tls: boolean) {
  const app = Fastify();
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
    hsts: tls ? { maxAge: 15552000 } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=()');
  });
  return withRoutes(app);
}

function ourApp(tls: boolean) {
  const app = Fastify();
  registerSecurityHeaders(app as unknown as App, { tls });
  return withRoutes(app);
}

function withRoutes(app: FastifyInstance): FastifyInstance {
  app.get('/ok', async () => ({ ok: true }));
  app.get('/refused', async (_request, reply) => reply.code(401).send({ error: 'unauthorized' }));
  app.get('/text', async (_request, reply) => reply.type('text/plain').send('plain'));
  return app;
}

/** The headers of an answer, names lowercased, without the ones that vary with time or body. */
function headersOf(response: LightMyRequestResponse | Response): Record<string, string> {
  const entries =
    response instanceof Response
      ? [...response.headers.entries()]
      : Object.entries(response.headers).map(([name, value]) => [name, String(value)] as const);
  const ignored = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type']);
  return Object.fromEntries(
    entries.map(([name, value]) => [name.toLowerCase(), value] as const).filter(([name]) => !ignored.has(name)),
  );
}

describe('security headers', () => {
  it.each([false, true])('are exactly what @fastify/helmet sent for the same policy (TLS: %s)', async (tls) => {
    const before = await helmetApp(tls);
    const now = ourApp(tls);
    for (const url of ['/ok', '/refused', '/text', '/nowhere']) {
      const expected = headersOf(await before.inject({ method: 'GET', url }));
      const answer = await now.inject({ method: 'GET', url });
      expect(headersOf(answer)).toEqual(expected);
      expect(Object.keys(expected)).toContain('content-security-policy');
      expect('strict-transport-security' in expected).toBe(tls);
    }
    await before.close();
    await now.close();
  });

  describe('on the real app', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it('go out on API answers, refusals and 404s alike', async () => {
      const before = await helmetApp(false);
      const expected = headersOf(await before.inject({ method: 'GET', url: '/ok' }));
      await before.close();
      expect(Object.keys(expected)).toContain('content-security-policy');
      for (const [path, status] of [
        ['/api/health', 200],
        ['/api/sync/pull?after=0', 401],
        ['/api/nowhere', 404],
      ] as const) {
        const response = await fetch(`${server.baseUrl}${path}`);
        expect(response.status).toBe(status);
        expect(headersOf(response)).toEqual(expect.objectContaining(expected));
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });
  });
});
