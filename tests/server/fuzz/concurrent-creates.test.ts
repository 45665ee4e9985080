/**
 * Issue 20, item 3: the same valid create sent many times at once has exactly one effect. Bodies
 * come from the operations' schemas (seeded, FUZZ_SEED repeats a run); each batch is fired with
 * Promise.all so the copies race inside the server, and the database is counted afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupCode } from '../../../server/auth/setup-codes.js';
import type { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { ApiClient } from '../support/api-client.js';
import type { OpenApiDocument } from '../support/openapi-walk.js';
import { startTestServer } from '../support/test-server.js';
import { type FuzzWorld, startFuzzWorld } from './support/fuzz-world.js';
import { type Components, type Schema, validValue } from './support/schema-arbitrary.js';

/** Copies of each create in flight at once. */
const COPIES = 12;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

let world: FuzzWorld;
let components: Components;
let createStaffSchema: Schema;
beforeAll(async () => {
  world = await startFuzzWorld();
  const document = (await (await fetch(`${world.server.baseUrl}/api/openapi.json`)).json()) as OpenApiDocument;
  components = (document.components?.schemas ?? {}) as Components;
  const operation = document.paths['/api/staff']?.post as {
    requestBody: { content: Record<string, { schema: Schema }> };
  };
  createStaffSchema = operation.requestBody.content['application/json']?.schema as Schema;
});
afterAll(async () => {
  await world.server.close();
});

const count = (table: string, where = '1 = 1', ...params: unknown[]) =>
  world.server.peekValue<number>(`SELECT count(*) FROM ${table} WHERE ${where}`, ...params);

describe(`the same valid create sent ${COPIES} times at once (seed ${SEED})`, () => {
  it('creates one staff account; every other copy is told the name is taken', async () => {
    const [generated] = fc.sample(validValue(createStaffSchema, components), { seed: SEED, numRuns: 1 });
    // A new PIN's strength rules (src/core/auth/secrets.ts) are more than the schema can state.
    const body: Record<string, unknown> = { ...(generated as object), secret: '318274' };
    const admin = world.client('admin');
    const before = await count('staff');
    const answers = await Promise.all(Array.from({ length: COPIES }, () => admin.post('/api/staff', body)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses, `seed ${SEED}`).toEqual([201, ...Array(COPIES - 1).fill(409)]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'login_taken')).toBe(true);
    expect(await count('staff')).toBe((before ?? 0) + 1);
    expect(await count('audit_log', "action = 'staff.created' AND target = ?", body.loginName)).toBe(1);
  });

  it('pairs one device with a pairing code; every other copy is told the code is used', async () => {
    const admin = world.client('admin');
    const pairing = await admin.post<{ code: string }>('/api/devices/pairings', { name: 'Race tablet', role: 'kiosk' });
    expect(pairing.status).toBe(200);
    const before = await count('devices');
    const answers = await Promise.all(
      Array.from({ length: COPIES }, () =>
        new ApiClient(world.server.baseUrl).post('/api/devices/pair', { code: pairing.body.code }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(
      statuses.filter((status) => status === 200),
      JSON.stringify(statuses),
    ).toHaveLength(1);
    // The losers used a spent code: after five from one address, the wrong-code throttle answers 429.
    expect(statuses.every((status) => status === 200 || status === 404 || status === 429)).toBe(true);
    expect(await count('devices')).toBe((before ?? 0) + 1);
  });

  it('stores a pushed op once; every other copy is answered duplicate', async () => {
    const kiosk = world.client('kiosk');
    const me = await kiosk.get<{ id: string }>('/api/devices/me');
    const day = new Date().toISOString().slice(0, 10);
    const checkIn = opBuilder(me.body.id, null, Date.now()).op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day, ticket: null, who: 'visitor', name: null },
    });
    const before = await count('ops');
    const answers = await Promise.all(
      Array.from({ length: COPIES }, () => kiosk.post<PushResponse>('/api/sync/push', { ops: [checkIn] })),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const results = answers.map((answer) => answer.body.results[0]?.status).sort();
    expect(results).toEqual(['accepted', ...Array(COPIES - 1).fill('duplicate')]);
    expect(await count('ops')).toBe((before ?? 0) + 1);
    expect(await count('ops', 'id = ?', checkIn.id)).toBe(1);
  });
});

describe('the first-admin setup sent several times at once', () => {
  it('creates one admin; every other copy is refused', async () => {
    const server = await startTestServer();
    try {
      const setup = await issueSetupCode(server.storage, server.now());
      if (!setup) throw new Error('a fresh server needs its setup');
      const body = { code: setup.code, displayName: 'Ana Admin', loginName: 'ana', secret: '482913' };
      // Setup allows 10 attempts a minute from one address: stay under it, so the race decides.
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => new ApiClient(server.baseUrl).post('/api/setup', body)),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 200).every((status) => status === 409 || status === 403)).toBe(
        true,
      );
      expect(await server.peekValue<number>('SELECT count(*) FROM staff')).toBe(1);
    } finally {
      await server.close();
    }
  });
});
