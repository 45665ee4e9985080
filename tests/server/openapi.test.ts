import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT, PUSH_BODY_LIMIT } from '../../server/http/body-limits.js';
import { type OpenApiDocument, walkRequestSchemas } from './support/openapi-walk.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('GET /api/openapi.json', () => {
  let server: TestServer;
  let document: OpenApiDocument;
  beforeAll(async () => {
    server = await startTestServer();
    const response = await fetch(`${server.baseUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenApiDocument;
  });
  afterAll(async () => {
    await server.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('carries the server version', () => {
    expect(document.info.version).toBe('0.0.0-test');
  });

  it('documents every API route the server registers, with its responses', () => {
    const apiRoutes = server.app.registeredRoutes.filter((route) => route.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(0);
    for (const route of apiRoutes) {
      expect(route.hidden, `${route.method} ${route.url} is hidden from the API document`).toBe(false);
      const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[openApiPath]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url} is missing from the API document`).toBeDefined();
      expect(Object.keys(operation?.responses ?? {}), `${route.method} ${route.url} documents no response`).not.toEqual(
        [],
      );
    }
  });

  it('describes health responses from the shared schema', () => {
    const health = document.paths['/api/health']?.get;
    expect(Object.keys(health?.responses ?? {}).sort()).toEqual(['200', '503']);
  });

  it('bounds every request string (maxLength, enum or const), array (maxItems) and free-form object', () => {
    expect(walkRequestSchemas(document).unbounded).toEqual([]);
  });

  it('flags what has no bound (a check of the walk on a made-up document)', () => {
    const made = {
      openapi: '3.1.0',
      info: { version: '1' },
      paths: {
        '/x': {
          post: {
            parameters: [{ in: 'query', name: 'q', schema: { type: 'string' } }],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      tags: { type: 'array', items: { type: 'string', maxLength: 9 } },
                      name: { anyOf: [{ type: 'string' }, { type: 'null' }] },
                      kind: { type: 'string', enum: ['a'] },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(walkRequestSchemas(made).unbounded).toEqual([
      'POST /x query.q',
      'POST /x body (application/json).tags (array)',
      'POST /x body (application/json).name|0',
    ]);
  });

  it('reaches parameters, bodies and the fields of pushed ops in that walk', () => {
    const { visited } = walkRequestSchemas(document);
    expect(visited).toContain('PATCH /api/staff/{id} path.id');
    expect(visited).toContain('POST /api/staff body (application/json).displayName');
    expect(visited.some((where) => where.startsWith('pushed op') && where.endsWith('.payload|1.name|0'))).toBe(true);
    expect(visited.some((where) => where.endsWith('.payload.items'))).toBe(true);
  });

  it('states the body limit Fastify enforces on every operation that takes a body', () => {
    const limits: Record<string, unknown> = {};
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (operation.requestBody) limits[`${method.toUpperCase()} ${path}`] = operation['x-body-limit'];
      }
    }
    expect(Object.keys(limits).length).toBeGreaterThan(5);
    for (const [route, limit] of Object.entries(limits)) {
      expect(limit, route).toBe(route === 'POST /api/sync/push' ? PUSH_BODY_LIMIT : DEFAULT_BODY_LIMIT);
    }
  });
});
