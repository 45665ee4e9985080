/**
 * The cases the fuzz suite found, kept as named regression tests: each failed against the server
 * before its fix (the fix is named beside it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzWorld, startFuzzWorld } from './support/fuzz-world.js';
import { tableState } from './support/table-checksum.js';

let world: FuzzWorld;
beforeAll(async () => {
  world = await startFuzzWorld();
});
afterAll(async () => {
  await world.server.close();
});

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

async function sendAs(caller: 'admin' | 'staff', method: string, url: string, body: Uint8Array<ArrayBuffer> | string) {
  return world.send({ family: 'regression', caller, method, url, body, contentType: 'application/json' });
}

describe('JSON bodies that are not UTF-8 (server/http/json-body.ts)', () => {
  // Found as `[invalid UTF-8] admin POST /api/staff` → 201 with displayName "\uFFFD\uFFFDWEsBU":
  // Node decoded the overlong NUL (C0 80) to U+FFFD, which passes the clean-text rules.
  it('refuses an overlong NUL in a new account name, and creates no account', async () => {
    const before = await tableState(world.server);
    const answer = await sendAs(
      'admin',
      'POST',
      '/api/staff',
      bytes('{"displayName":"', [0xc0, 0x80], 'WEsBU","loginName":"fuzzfound","role":"admin","secret":"gjHlvcGx9"}'),
    );
    expect(answer.status, answer.text).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: 'bad_request', message: 'The body is not valid JSON.' });
    expect(await tableState(world.server)).toEqual(before);
  });

  // Found as `[invalid UTF-8] admin PATCH /api/staff/{id}` → 200 renaming the account "\uFFFDO".
  it('refuses a lone continuation byte, a cut-off sequence and an encoded surrogate in a rename', async () => {
    const { server } = world;
    const id = world.validParts('PATCH /api/staff/{id}').path.id;
    const before = await tableState(server);
    for (const broken of [[0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      const answer = await sendAs('admin', 'PATCH', `/api/staff/${id}`, bytes('{"displayName":"', broken, 'O"}'));
      expect(answer.status, `${broken.join(' ')} → ${answer.text}`).toBe(400);
    }
    expect(await tableState(server)).toEqual(before);
  });

  // Found as `[invalid UTF-8]` on POST /api/session: the sign-in was tried with the altered name,
  // so a refused request still wrote a failed sign-in to the audit log and the throttle.
  it('refuses a broken sign-in name before any sign-in is tried', async () => {
    const before = await tableState(world.server);
    const answer = await world.send({
      family: 'regression',
      caller: 'anonymous',
      method: 'POST',
      url: '/api/session',
      body: bytes('{"loginName":"', [0xc0, 0x80], 'sam","secret":"907152"}'),
      contentType: 'application/json',
    });
    expect(answer.status, answer.text).toBe(400);
    expect(await tableState(world.server)).toEqual(before);
  });

  it('still reads UTF-8 as before: a name with accents and an emoji is kept as sent', async () => {
    const answer = await sendAs('staff', 'POST', '/api/devices/pairings', '{"name":"Mesa de José 😀","role":"kiosk"}');
    expect(answer.status, answer.text).toBe(200);
    expect(JSON.parse(answer.text).name).toBe('Mesa de José 😀');
  });

  it('still refuses prototype keys and an empty body, as Fastify did', async () => {
    for (const body of [
      '{"__proto__":{"role":"admin"},"name":"x","role":"kiosk"}',
      '{"constructor":{"prototype":{"a":1}},"name":"x","role":"kiosk"}',
    ]) {
      const answer = await sendAs('staff', 'POST', '/api/devices/pairings', body);
      expect(answer.status, `${body} → ${answer.text}`).toBe(400);
    }
    const empty = await sendAs('staff', 'POST', '/api/devices/pairings', '');
    expect(JSON.parse(empty.text)).toEqual({ error: 'bad_request', message: 'The body is empty. Send a JSON object.' });
  });
});

describe('site ids in requests (src/core/auth/api.ts: SiteId)', () => {
  // Found on PostgreSQL as `[broken text] admin POST /api/devices/pairings` with site "hZJq\u0000YKcLlpNL"
  // → 500: the site was looked up as text, and PostgreSQL refuses NUL in text.
  it('refuses a NUL in the site of a new pairing code, on either engine', async () => {
    const before = await tableState(world.server);
    const answer = await sendAs(
      'admin',
      'POST',
      '/api/devices/pairings',
      '{"name":"ddIVVKZrG","role":"staff","site":"hZJq\\u0000YKcLlpNL"}',
    );
    expect(answer.status, answer.text).toBe(400);
    expect(JSON.parse(answer.text).message).toMatch(/^Invalid body: site: /);
    expect(await tableState(world.server)).toEqual(before);
  });

  // Found the same way as `[broken text] admin PATCH /api/staff/{id}` with sites ["Vh", "VJHLvIu\u0000Ll"] → 500.
  it('refuses a NUL among the sites an account may act for', async () => {
    const id = world.validParts('PATCH /api/staff/{id}').path.id;
    const before = await tableState(world.server);
    const answer = await sendAs(
      'admin',
      'PATCH',
      `/api/staff/${id}`,
      '{"displayName":"CSXjVbsw","sites":["site-main","VJHLvIu\\u0000Ll"]}',
    );
    expect(answer.status, answer.text).toBe(400);
    expect(await tableState(world.server)).toEqual(before);
  });
});

describe('pushed ops with broken ids (server/storage/postgres/op-log.ts)', () => {
  // Found on PostgreSQL as `[broken text] admin POST /api/sync/push` with an op id holding a NUL
  // → 500: the ids of a batch were looked up before each op was validated.
  it('rejects the op and stores nothing, on either engine', async () => {
    const before = await tableState(world.server);
    const op =
      '{"id":"GP-J_RdWMNyojzm\\u0000-__-Z8","deviceId":"KM-P-U-_-6O_I_","seq":15,"at":"6888409370399-59137-aGmU_-","actor":null,"type":"x","payload":{}}';
    const answer = await sendAs('admin', 'POST', '/api/sync/push', `{"ops":[${op}]}`);
    expect(answer.status, answer.text).toBe(200);
    expect(JSON.parse(answer.text).results).toEqual([
      expect.objectContaining({ status: 'rejected', reason: 'invalid' }),
    ]);
    expect(await tableState(world.server)).toEqual(before);
  });
});
