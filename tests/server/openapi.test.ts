import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

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
});
