/**
 * Issue 16, done means: reversal reports made at the kiosk reach the harm-reduction pack of the
 * reports API, counted exactly once five or more are in, and no participant id comes back.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { centerDay } from '../../../src/core/day.js';
import type { ReportResponse } from '../../../src/core/reports/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { push, type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
const now = Date.now();
const today = centerDay(new Date(now));
const named = testId('participant');

beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

it('counts the kiosk’s reversal reports in the pack, anonymous or named, and names no one', async () => {
  const kiosk = opBuilder(world.kioskId, null, now);
  const reports = [
    ...Array.from({ length: 5 }, (_, n) => ({ participantId: null, replacementAsked: n < 3 })),
    { participantId: named, replacementAsked: false },
  ].map((fields) =>
    kiosk.op({ type: 'overdose.reversalReported', payload: { reportId: testId('report'), day: today, ...fields } }),
  );
  // Sent twice (a retry after a lost answer): each report still counts once.
  for (const attempt of [1, 2]) {
    const pushed = await push(world.kiosk, reports);
    expect(pushed.status, `push ${attempt}`).toBe(200);
  }

  const answer = await world.staff.get(`/api/reports?from=${today}&to=${today}`);
  expect(answer.status).toBe(200);
  const report = answer.body as ReportResponse;
  expect(report.harmReduction).toMatchObject({ reversalsReported: 6 });
  expect(JSON.stringify(report)).not.toContain(named);
});
