import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/db/migrations.js';
import { HealthResponse } from '../../src/core/api.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports the app version and a working, migrated database', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = HealthResponse.parse(await response.json());
    expect(body).toEqual({
      status: 'ok',
      version: '0.0.0-test',
      database: { status: 'ok', schemaVersion: MIGRATIONS.length },
    });
  });

  it('answers unknown API paths with a JSON 404 that does not repeat the address', async () => {
    const response = await fetch(`${server.baseUrl}/api/no-such-thing?name=Maria`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: 'There is nothing at this address.' });
  });
});

describe('GET /api/health with a broken database', () => {
  it('answers 503 with the database marked as an error', async () => {
    const server = await startTestServer();
    try {
      await server.breakDatabase(); // the database goes away underneath a running server
      const response = await fetch(`${server.baseUrl}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'degraded', database: { status: 'error' } });
    } finally {
      await server.close();
    }
  });
});
