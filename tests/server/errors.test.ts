import Fastify from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandling } from '../../server/http/errors.js';
import type { App } from '../../server/http/types.js';
import { validatorCompiler } from '../../server/http/validation.js';

/** The error handling of the real app, on a small app with routes made for this test. */
describe('API error responses', () => {
  let app: App;
  let baseUrl: string;
  const received: unknown[] = [];

  beforeAll(async () => {
    app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    app.post(
      '/api/things',
      { schema: { body: z.object({ name: z.string().min(2), quantity: z.number().int().positive() }) } },
      async (request) => {
        received.push(request.body);
        return { ok: true };
      },
    );
    app.get('/api/explode', async () => {
      throw new Error('secret internal detail: token=abc');
    });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: string) =>
    fetch(`${baseUrl}/api/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('rejects invalid input with 400, names each bad field, and never runs the handler', async () => {
    const response = await post(JSON.stringify({ name: 'x', quantity: -1 }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('bad_request');
    expect(body.message).toMatch(/^Invalid body: /);
    expect(body.message).toContain('name:');
    expect(body.message).toContain('quantity:');
    expect(received).toEqual([]);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await post('{"name": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('bad_request');
    expect(received).toEqual([]);
  });

  it('accepts valid input', async () => {
    const response = await post(JSON.stringify({ name: 'Blanket', quantity: 2 }));
    expect(response.status).toBe(200);
    expect(received).toEqual([{ name: 'Blanket', quantity: 2 }]);
  });

  it('hides internal errors behind a generic 500', async () => {
    const response = await fetch(`${baseUrl}/api/explode`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: 'internal_error',
      message: 'Something went wrong on the server. Please try again.',
    });
    expect(text).not.toContain('secret');
  });
});
