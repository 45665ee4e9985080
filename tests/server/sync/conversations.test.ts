/**
 * Conversations on a real server and SQLite file: staff start and end them in their own name
 * (the server stamps who did it, a forged actor is refused), a kiosk cannot, bad input changes
 * nothing, the case manager must be a staff member, and kiosks never see any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationView, ParticipantView } from '../../../src/core/fold/views.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_PROFILE, testId } from '../../support/op-factory.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

const laptop = (actor: string) => opBuilder(testId('laptop'), actor, Date.now());

async function viewOf<V>(key: string): Promise<V | undefined> {
  const snapshot = await snapshotOf(world.admin);
  return snapshot.body.views.find((record) => record.key === key)?.view as V | undefined;
}

async function pushed(client: typeof world.staff, actor: string, drafts: OpDraft[]): Promise<(string | undefined)[]> {
  const builder = laptop(actor);
  const response = await push(
    client,
    drafts.map((draft) => builder.op(draft)),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.results.map((result) => result.reason ?? result.status);
}

describe('conversation ops', () => {
  it('are recorded in the name of the staff member signed in, who the view says is talking and finished it', async () => {
    const requestId = testId('request');
    expect(
      await pushed(world.staff, world.staffId, [{ type: 'conversation.started', payload: { requestId } }]),
    ).toEqual(['accepted']);
    expect(await viewOf<ConversationView>(`conversation:${requestId}`)).toMatchObject({
      started: { actor: world.staffId },
      ended: null,
    });
    expect(
      await pushed(world.staff, world.staffId, [
        { type: 'conversation.finished', payload: { requestId, note: 'Forms done' } },
      ]),
    ).toEqual(['accepted']);
    expect(await viewOf<ConversationView>(`conversation:${requestId}`)).toMatchObject({
      ended: { type: 'done', actor: world.staffId, note: 'Forms done' },
    });
  });

  it('refuse an actor who is not the one signed in, and a kiosk', async () => {
    const requestId = testId('request');
    // Sam's session pushes an op that claims the admin did it: the server does not take the claim.
    expect(
      await pushed(world.staff, world.adminId, [{ type: 'conversation.started', payload: { requestId } }]),
    ).toEqual(['actor_not_signed_in']);
    const kiosk = opBuilder(world.kioskId, null, Date.now());
    const fromKiosk = await push(world.kiosk, [
      kiosk.op({ type: 'conversation.notToday', payload: { requestId, reason: 'noTime' } }),
    ]);
    expect(fromKiosk.body.results.map((result) => result.reason)).toEqual(['forbidden']);
    expect(await viewOf(`conversation:${requestId}`)).toBeUndefined();
  });

  it('reject a reason the schema does not know, with a message, and store nothing', async () => {
    const requestId = testId('request');
    const builder = laptop(world.staffId);
    const bad = {
      ...builder.op({ type: 'conversation.notToday', payload: { requestId, reason: 'other' } }),
      payload: { requestId, reason: 'noShow' },
    };
    const response = await push(world.staff, [bad]);
    expect(response.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
      message: expect.stringContaining('reason'),
    });
    expect(await viewOf(`conversation:${requestId}`)).toBeUndefined();
  });
});

describe('the case manager on a profile', () => {
  it('must be a staff member; it is last-writer-wins like the other fields', async () => {
    const participantId = testId('person');
    const consent = {
      agreed: true,
      at: new Date().toISOString(),
      recordedBy: world.staffId,
      textVersion: 'v1',
    } as const;
    expect(
      await pushed(world.staff, world.staffId, [
        { type: 'participant.enrolled', payload: { participantId, profile: TEST_PROFILE, consent } },
        { type: 'participant.updated', payload: { participantId, changes: { caseManager: 'staff_nobody_here' } } },
        { type: 'participant.updated', payload: { participantId, changes: { caseManager: world.adminId } } },
        { type: 'participant.updated', payload: { participantId, changes: { caseManager: world.staffId } } },
      ]),
    ).toEqual(['accepted', 'unknown_case_manager', 'accepted', 'accepted']);
    const view = await viewOf<ParticipantView>(`participant:${participantId}`);
    expect(view?.fields.caseManager?.value).toBe(world.staffId);
  });

  it('and conversations never reach a kiosk', async () => {
    const start = (await pull(world.kiosk, 0, '&limit=1000')).body.cursor;
    const requestId = testId('request');
    const participantId = testId('person');
    const consent = {
      agreed: true,
      at: new Date().toISOString(),
      recordedBy: world.staffId,
      textVersion: 'v1',
    } as const;
    await pushed(world.staff, world.staffId, [
      { type: 'participant.enrolled', payload: { participantId, profile: TEST_PROFILE, consent } },
      { type: 'participant.updated', payload: { participantId, changes: { caseManager: world.staffId } } },
      { type: 'conversation.started', payload: { requestId } },
    ]);
    const page = await pull(world.kiosk, start, '&limit=1000');
    const text = JSON.stringify(page.body) + JSON.stringify((await snapshotOf(world.kiosk)).body);
    expect(text).not.toContain(requestId);
    // ("caseManager" alone is also a catalog category, which kiosks do get.)
    expect(text).not.toContain('"caseManager":');
    expect(text).not.toContain('conversation');
  });
});
