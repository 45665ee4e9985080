/**
 * A laptop whose clock runs three days fast, with the real op store and sync client against a
 * real server (ADR 0022): its edit cannot beat a later real edit from another laptop; it keeps the
 * stamp the server kept, learns how far off its clock is, and stamps its next changes right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import type { ParticipantView, View } from '../../../src/core/fold/views.js';
import { MAX_STAMP_AHEAD_MS, parseStamp } from '../../../src/core/ops/clock.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { createStaff, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { TEST_PROFILE, testId } from '../../support/op-factory.js';
import { expectSynced, type TestDevice, testDevice } from './sync-harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let server: TestServer;
let admin: ApiClient;
let staffId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
  staffId = await createStaff(admin, { displayName: 'Sam', loginName: 'sam', secret: '739154' });
});
afterAll(async () => {
  await server.close();
});

async function laptop(now?: () => number): Promise<TestDevice> {
  const credentials = await signIn(server, 'sam', '739154');
  return testDevice({
    baseUrl: server.baseUrl,
    deviceId: testId('laptop'),
    actor: staffId,
    credentials,
    ...(now ? { now } : {}),
  });
}

async function pronounsOn(device: TestDevice, participantId: string): Promise<unknown> {
  const view = (await device.store.view(`participant:${participantId}`)) as ParticipantView | undefined;
  return view?.fields.pronouns?.value;
}

const wallOf = (stamp: string) => parseStamp(stamp)?.wall ?? Number.NaN;
const stockLevelsOf = (views: Map<string, View>, itemId: string) => stockLevels(views).get(itemId);

describe('a laptop whose clock runs days fast', () => {
  it('loses to a later real edit everywhere, keeps the server stamp, and stamps its next change right', async () => {
    const fast = await laptop(() => Date.now() + 3 * DAY_MS);
    const honest = await laptop();
    const participantId = testId('person');
    const consent = { agreed: true, at: new Date().toISOString(), recordedBy: staffId, textVersion: 'v1' } as const;
    await honest.store.record(
      { type: 'participant.enrolled', payload: { participantId, profile: TEST_PROFILE, consent } },
      { deviceId: honest.deviceId, actor: staffId },
    );
    await expectSynced(honest);
    await expectSynced(fast);

    const lie = await fast.store.record(
      { type: 'participant.updated', payload: { participantId, changes: { pronouns: 'she/her' } } },
      { deviceId: fast.deviceId, actor: staffId },
    );
    expect(wallOf(lie.at)).toBeGreaterThan(Date.now() + DAY_MS);
    await expectSynced(fast);
    const kept = (await fast.store.allOps()).find((op) => op.id === lie.id);
    expect(wallOf(kept?.at ?? '')).toBeLessThanOrEqual(Date.now());
    expect(await pronounsOn(fast, participantId)).toBe('she/her');

    // Afterwards, by every honest clock, someone changes the same field on the other laptop.
    await honest.store.record(
      { type: 'participant.updated', payload: { participantId, changes: { pronouns: 'they/them' } } },
      { deviceId: honest.deviceId, actor: staffId },
    );
    await expectSynced(honest);
    await expectSynced(fast);
    await expectSynced(honest);
    expect(await pronounsOn(honest, participantId)).toBe('they/them');
    expect(await pronounsOn(fast, participantId)).toBe('they/them');
    const snapshot = await admin.get<{ views: { key: string; view: ParticipantView }[] }>('/api/sync/snapshot');
    const onServer = snapshot.body.views.find((record) => record.key === `participant:${participantId}`);
    expect(onServer?.view.fields.pronouns?.value).toBe('they/them');

    // The fast laptop now knows its clock is off: its next change is stamped on the server's time.
    const next = await fast.store.record(
      { type: 'participant.updated', payload: { participantId, changes: { aliases: ['Pepito'] } } },
      { deviceId: fast.deviceId, actor: staffId },
    );
    expect(Math.abs(wallOf(next.at) - Date.now())).toBeLessThan(MAX_STAMP_AHEAD_MS);
    expect(next.at > (kept?.at ?? '')).toBe(true);
    await expectSynced(fast);
    expect((await fast.store.allOps()).find((op) => op.id === next.id)?.at).toBe(next.at);
    expect(await fast.store.outboxCount()).toBe(0);
    expect((await fast.store.rejectedOps()).map((entry) => entry.reason + entry.message)).toEqual([]);
  });

  it('sends a day of work made offline on the wrong clock, every op on the server clock and in its order', async () => {
    const started = Date.now();
    const fast = await laptop(() => Date.now() + 2 * DAY_MS);
    const itemId = testId('item');
    const made = [];
    fast.goOffline();
    for (let i = 0; i < 250; i += 1) {
      made.push(
        await fast.store.record(
          { type: 'stock.received', payload: { itemId, quantity: 1 + (i % 3), kind: 'donation' } },
          { deviceId: fast.deviceId, actor: staffId },
        ),
      );
    }
    fast.goOnline();
    // More than one push batch: the first tells the laptop its clock is off, the rest move with it.
    await expectSynced(fast);
    expect(await fast.store.outboxCount()).toBe(0);
    expect(await fast.store.rejectedOps()).toEqual([]);
    const stored = await server.peek<{ id: string; at: string }>(
      'SELECT id, at FROM ops WHERE device_id = ? ORDER BY at',
      fast.deviceId,
    );
    expect(stored.map((row) => row.id)).toEqual(made.map((op) => op.id));
    for (const row of stored) {
      expect(wallOf(row.at)).toBeGreaterThanOrEqual(started - 60_000);
      expect(wallOf(row.at)).toBeLessThanOrEqual(Date.now() + MAX_STAMP_AHEAD_MS);
    }
    const local = new Map((await fast.store.allOps()).map((op) => [op.id, op.at]));
    expect(stored.every((row) => local.get(row.id) === row.at)).toBe(true);
    expect(stockLevelsOf(await fast.store.allViews(), itemId)).toBe(
      made.length + made.filter((_, i) => i % 3 === 1).length + 2 * made.filter((_, i) => i % 3 === 2).length,
    );
  });
});
