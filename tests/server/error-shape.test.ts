import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor } from '../../server/http/error-answers.js';
import { storageErrorOf } from '../../server/storage/sqlite/errors.js';
import type { ApiClient } from './support/api-client.js';
import { setUpFirstAdmin } from './support/auth-fixtures.js';
import { sendRaw } from './support/raw-http.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Every error answer, Fastify's own included, is `{ error, message }` and never repeats what was
 * sent. Each request carries a distinctive marker that must not come back.
 */
const MARKER = 'Zq7MarkerXv';

function expectApiError(status: number, text: string, expectedStatus: number, code: string): string {
  expect(status, text).toBe(expectedStatus);
  expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'message']);
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe('string');
  return body.message as string;
}

describe('error answers', () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await setUpFirstAdmin(server);
  });
  afterAll(async () => {
    await server.close();
  });

  const send = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(server.baseUrl + path, init);
    return { status: response.status, text: await response.text() };
  };
  const postJson = (path: string, body: string, type = 'application/json') =>
    send(path, { method: 'POST', headers: { 'content-type': type }, body });

  it('answers an unknown route 404 without the path or query', async () => {
    const { status, text } = await send(`/api/${MARKER}/things?name=${MARKER}`);
    expectApiError(status, text, 404, 'not_found');
  });

  it('answers a path parameter over the router limit 414 without the path', async () => {
    const { status, text } = await send(`/api/staff/${'a'.repeat(100)}${MARKER}/enable`, { method: 'POST' });
    expectApiError(status, text, 414, 'uri_too_long');
  });

  it('answers a path parameter longer than an id 400, naming the parameter but not its value', async () => {
    const response = await admin.patch(`/api/staff/${MARKER.repeat(8)}`, { role: 'staff' });
    const message = expectApiError(response.status, JSON.stringify(response.body), 400, 'bad_request');
    expect(message).toMatch(/^Invalid params: id: /);
  });

  it('answers broken %-encoding in the address 400 without the address', async () => {
    const { status, text } = await send(`/api/staff/%zz${MARKER}`);
    expectApiError(status, text, 400, 'bad_request');
  });

  it('answers invalid JSON 400 without quoting the body', async () => {
    const { status, text } = await postJson('/api/session', `{"loginName": ${MARKER}`);
    expect(expectApiError(status, text, 400, 'bad_request')).toBe('The body is not valid JSON.');
  });

  it('answers an empty JSON body 400', async () => {
    const { status, text } = await postJson('/api/session', '');
    expectApiError(status, text, 400, 'bad_request');
  });

  it('answers a body over the limit 413 and says the limit', async () => {
    const body = JSON.stringify({ loginName: MARKER, secret: MARKER.repeat(7000) });
    const { status, text } = await postJson('/api/session', body);
    expect(expectApiError(status, text, 413, 'payload_too_large')).toContain('65536 bytes');
  });

  it('answers a content type other than JSON 415 without repeating it', async () => {
    for (const type of [`text/${MARKER}`, 'text/plain', 'application/x-www-form-urlencoded']) {
      const { status, text } = await postJson('/api/session', `loginName=${MARKER}`, type);
      expectApiError(status, text, 415, 'unsupported_media_type');
    }
  });

  it('answers a body without a content type 415', async () => {
    const body = `{"loginName":"${MARKER}"}`;
    const answer = await sendRaw(
      server.baseUrl,
      `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expectApiError(answer.status, answer.body, 415, 'unsupported_media_type');
  });

  it('names the bad field without its value when the body does not match the schema', async () => {
    const response = await admin.post('/api/staff', {
      displayName: `${MARKER}\u0000`,
      loginName: 'marker-check',
      role: 'staff',
      secret: '583920',
    });
    const message = expectApiError(response.status, JSON.stringify(response.body), 400, 'bad_request');
    expect(message).toBe('Invalid body: displayName: must not contain control characters (such as tabs or NUL)');
  });

  it('leaves a refused record key out of the message', async () => {
    const me = await admin.get<{ staff: { id: string } }>('/api/session');
    const op = {
      id: 'op_marker_key_1',
      deviceId: 'browser_marker_1',
      seq: 1,
      at: `${String(Date.now()).padStart(13, '0')}-00000-browser_marker_1`,
      actor: me.body.staff.id,
      type: 'catalog.itemAdded',
      payload: {
        itemId: 'item_marker_1',
        item: {
          names: { en: 'Socks', [MARKER]: 'x' },
          icon: 'socks',
          category: 'clothing',
          kind: 'tracked',
          unit: null,
          minimum: null,
          perVisitLimit: null,
          discreet: false,
          position: 10,
          retired: false,
        },
      },
    };
    const response = await admin.post('/api/sync/push', { ops: [op] });
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(MARKER);
    expect(text).toContain('payload.item.names: has a key that is not accepted here');
  });

  it('answers headers too large 431 in the same shape', async () => {
    const answer = await sendRaw(
      server.baseUrl,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${MARKER.repeat(4000)}\r\n\r\n`,
    );
    expectApiError(answer.status, answer.body, 431, 'headers_too_large');
  });

  it('answers a request that is not HTTP 400 in the same shape', async () => {
    const answer = await sendRaw(server.baseUrl, `${MARKER} \u0001 nonsense\r\n\r\n`);
    expectApiError(answer.status, answer.body, 400, 'bad_request');
  });

  it('turns any unique-constraint race into 409 conflict with a neutral message', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE things (name TEXT UNIQUE)');
    db.prepare('INSERT INTO things (name) VALUES (?)').run(MARKER);
    let raised: unknown;
    try {
      db.prepare('INSERT INTO things (name) VALUES (?)').run(MARKER);
    } catch (error) {
      raised = error;
    }
    db.close();
    // The SQLite storage hands it on as its own StorageConflict (server/storage/errors.ts).
    const answer = answerFor(storageErrorOf(raised), 1024);
    expect(answer?.status).toBe(409);
    expectApiError(answer?.status ?? 0, JSON.stringify(answer?.body), 409, 'conflict');
  });
});
