/**
 * A clock that lies cannot win (issue 20, ADR 0022): a laptop whose clock runs days fast edits a
 * profile, then someone edits it for real afterwards; the later real edit is the one that stands,
 * on the server and in everything it serves. The stamps the server kept are in its answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantView } from '../../../src/core/fold/views.js';
import { MAX_STAMP_AHEAD_MS, parseStamp } from '../../../src/core/ops/clock.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder, TEST_PROFILE, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

/** A push that says what the device's clock reads, as the sync client does. */
function pushAt(client: ApiClient, ops: Op[], deviceTime: number) {
  return client.post<PushResponse>('/api/sync/push', { ops, deviceTime });
}

async function profileOf(participantId: string): Promise<ParticipantView | undefined> {
  const snapshot = await snapshotOf(world.admin);
  return snapshot.body.views.find((record) => record.key === `participant:${participantId}`)?.view as
    | ParticipantView
    | undefined;
}

async function enrolled(): Promise<string> {
  const participantId = testId('person');
  const consent = { agreed: true, at: new Date().toISOString(), recordedBy: world.staffId, textVersion: 'v1' } as const;
  const op = opBuilder(testId('laptop'), world.staffId, Date.now()).op({
    type: 'participant.enrolled',
    payload: { participantId, profile: TEST_PROFILE, consent },
  });
  expect((await push(world.staff, [op])).body.results[0]?.status).toBe('accepted');
  return participantId;
}

const wallOf = (stamp: string | undefined) => parseStamp(stamp ?? '')?.wall ?? Number.NaN;

describe('an op stamped far ahead of the server clock', () => {
  it('does not override a later real edit: the server moves its stamp back to when it was made', async () => {
    const participantId = await enrolled();
    const fastBy = 3 * DAY_MS;
    const fast = opBuilder(testId('laptop'), world.staffId, Date.now() + fastBy);
    const lie = fast.op({ type: 'participant.updated', payload: { participantId, changes: { pronouns: 'she/her' } } });
    const before = Date.now();
    const answer = await pushAt(world.staff, [lie], Date.now() + fastBy);
    expect(answer.body.results[0]).toMatchObject({ id: lie.id, status: 'accepted' });
    const kept = answer.body.results[0]?.at;
    // Kept as made on the server's clock: its counter and device stay, its time is not in the future.
    expect(kept?.slice(13)).toBe(lie.at.slice(13));
    expect(wallOf(kept)).toBeLessThanOrEqual(Date.now());
    expect(wallOf(kept)).toBeGreaterThan(before - 60_000);
    expect(answer.body.serverTime).toBeGreaterThanOrEqual(before);

    // A minute later by every honest clock, another staff member changes the same field.
    const honest = opBuilder(testId('laptop'), world.staffId, Date.now() + 1000);
    const real = honest.op({
      type: 'participant.updated',
      payload: { participantId, changes: { pronouns: 'they/them' } },
    });
    expect((await push(world.staff, [real])).body.results[0]).toEqual({ id: real.id, status: 'accepted' });

    expect((await profileOf(participantId))?.fields.pronouns?.value).toBe('they/them');
    // The feed serves the stamp the server kept, so every device folds the same order.
    const feed = await pull(world.admin, 0, '&limit=1000');
    for (let page = feed.body; ; ) {
      const served = page.ops.find((op) => op.id === lie.id);
      if (served) {
        expect(served.at).toBe(kept);
        break;
      }
      expect(page.more).toBe(true);
      page = (await pull(world.admin, page.cursor, '&limit=1000')).body;
    }
  });

  it('is moved to the server time when the device did not say what its clock read', async () => {
    const participantId = await enrolled();
    const lie = opBuilder(testId('laptop'), world.staffId, Date.now() + 30 * DAY_MS).op({
      type: 'participant.updated',
      payload: { participantId, changes: { pronouns: 'she/her' } },
    });
    const before = Date.now();
    const answer = await push(world.staff, [lie]);
    const wall = wallOf(answer.body.results[0]?.at);
    expect(wall).toBeGreaterThanOrEqual(before);
    expect(wall).toBeLessThanOrEqual(Date.now());
  });

  it('keeps a stamp a few minutes ahead as it is (clocks drift), and a slow clock only loses', async () => {
    const participantId = await enrolled();
    const slightlyFast = opBuilder(testId('laptop'), world.staffId, Date.now() + MAX_STAMP_AHEAD_MS / 2);
    const drifted = slightlyFast.op({
      type: 'participant.updated',
      payload: { participantId, changes: { pronouns: 'she/her' } },
    });
    expect((await push(world.staff, [drifted])).body.results[0]).toEqual({ id: drifted.id, status: 'accepted' });

    const slow = opBuilder(testId('laptop'), world.staffId, Date.now() - 2 * 60 * 1000);
    const late = slow.op({ type: 'participant.updated', payload: { participantId, changes: { pronouns: 'he/him' } } });
    expect((await pushAt(world.staff, [late], Date.now() - 2 * 60 * 1000)).body.results[0]).toEqual({
      id: late.id,
      status: 'accepted',
    });
    expect((await profileOf(participantId))?.fields.pronouns?.value).toBe('she/her');
  });

  it('answers a resend with its first stamp as a duplicate naming the stamp kept, and stores it once', async () => {
    const participantId = await enrolled();
    const fastBy = 2 * DAY_MS;
    const lie = opBuilder(testId('laptop'), world.staffId, Date.now() + fastBy).op({
      type: 'participant.updated',
      payload: { participantId, changes: { pronouns: 'she/her' } },
    });
    const first = await pushAt(world.staff, [lie], Date.now() + fastBy);
    const kept = first.body.results[0]?.at;
    // The answer was lost: the device sends the op again exactly as it first did.
    const again = await pushAt(world.staff, [lie], Date.now() + fastBy);
    expect(again.body.results[0]).toEqual({ id: lie.id, status: 'duplicate', at: kept });
    // Sent with the stamp the server kept (the device took it from an answer): a plain duplicate.
    const settledCopy = await pushAt(world.staff, [{ ...lie, at: kept ?? '' }], Date.now());
    expect(settledCopy.body.results[0]).toEqual({ id: lie.id, status: 'duplicate' });
    expect(await world.server.peekValue('SELECT count(*) FROM ops WHERE id = ?', lie.id)).toBe(1);

    // Another op reusing the id is still refused.
    const other = { ...lie, payload: { participantId, changes: { pronouns: 'they/them' } } } as Op;
    expect((await pushAt(world.staff, [other], Date.now() + fastBy)).body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'id_conflict',
    });
  });

  it('from a kiosk days fast, counts the check-in on the day it happened', async () => {
    const fastBy = 4 * DAY_MS;
    const kiosk = opBuilder(world.kioskId, null, Date.now() + fastBy);
    const visit = kiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day: '2026-11-27', ticket: 'A-7', who: 'visitor', name: null },
    });
    const answer = await pushAt(world.kiosk, [visit], Date.now() + fastBy);
    expect(answer.body.results[0]?.status).toBe('accepted');
    expect(wallOf(answer.body.results[0]?.at)).toBeLessThanOrEqual(Date.now());
    const stored = await world.server.peekValue('SELECT at FROM ops WHERE id = ?', visit.id);
    expect(stored).toBe(answer.body.results[0]?.at);
  });
});
