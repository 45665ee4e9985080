/**
 * Overdose reversal reports from the kiosk (issue 16): a kiosk may push them, anonymous or with
 * the participant who chose to add their name; staff devices pull them as they are; no kiosk gets
 * any report back; a lobby display may push none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../../src/core/ops/op.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { pull, push, type SyncWorld, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
let otherKiosk: ApiClient;
let display: ApiClient;
/** The paired kiosk's ops, one builder so its sequence numbers never repeat. */
let kiosk: ReturnType<typeof opBuilder>;
beforeAll(async () => {
  world = await startSyncWorld();
  kiosk = opBuilder(world.kioskId, null, Date.now());
  ({ device: otherKiosk } = await pairDevice(world.server, world.staff, 'Second kiosk'));
  ({ device: display } = await pairDevice(world.server, world.staff, 'Lobby screen', 'display'));
});
afterAll(async () => {
  await world.server.close();
});

const DAY = '2026-12-02';

/** Every op `client` can pull from the start. */
async function pullEverything(client: ApiClient): Promise<Op[]> {
  const ops: Op[] = [];
  let cursor = 0;
  for (;;) {
    const page = await pull(client, cursor, '&limit=1000');
    expect(page.status).toBe(200);
    ops.push(...page.body.ops);
    cursor = page.body.cursor;
    if (!page.body.more) return ops;
  }
}

const reportsIn = (ops: readonly Op[]) => ops.filter((op) => op.type === 'overdose.reversalReported');

describe('overdose reversal reports', () => {
  it('reach staff from a kiosk without a participant id unless the person chose to add it', async () => {
    const anonymous = kiosk.op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: DAY, participantId: null, replacementAsked: true },
    });
    const named = kiosk.op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: DAY, participantId: testId('part'), replacementAsked: false },
    });
    const pushed = await push(world.kiosk, [anonymous, named]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);

    const atStaff = reportsIn(await pullEverything(world.staff));
    expect(atStaff.find((op) => op.id === anonymous.id)?.payload).toEqual(anonymous.payload);
    expect(atStaff.find((op) => op.id === named.id)?.payload).toEqual(named.payload);
    expect(anonymous.type === 'overdose.reversalReported' && anonymous.payload.participantId).toBeNull();
  });

  it('are never pulled by a kiosk, its own or another’s', async () => {
    const report = kiosk.op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: DAY, participantId: null, replacementAsked: false },
    });
    expect((await push(world.kiosk, [report])).body.results[0]?.status).toBe('accepted');
    expect(reportsIn(await pullEverything(otherKiosk))).toEqual([]);
    expect(reportsIn(await pullEverything(world.kiosk))).toEqual([]);
    expect(reportsIn(await pullEverything(display))).toEqual([]);
  });

  it('cannot come from a lobby display, nor from a kiosk in another device’s name', async () => {
    const fromDisplay = opBuilder(testId('display'), null, Date.now()).op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: DAY, participantId: null, replacementAsked: false },
    });
    const refused = await push(display, [fromDisplay]);
    expect(refused.status).toBe(403);

    const elsewhere = opBuilder(testId('other'), null, Date.now()).op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: DAY, participantId: null, replacementAsked: false },
    });
    const answer = await push(world.kiosk, [elsewhere]);
    expect(answer.body.results.map((result) => result.reason)).toEqual(['device_mismatch']);
    const ids = reportsIn(await pullEverything(world.staff)).map((op) => op.id);
    expect(ids).not.toContain(fromDisplay.id);
    expect(ids).not.toContain(elsewhere.id);
  });
});
