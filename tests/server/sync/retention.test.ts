/**
 * Retention against a real server (issue 20, ADR 0023), on the run's engine, with a fake clock:
 * the daily job replaces links older than the setting, reports keep their totals, devices are
 * told by a `retention.applied` op, a second run does nothing, and the audit log has counts only.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRetention } from '../../../server/sync/retention-job.js';
import type { Op } from '../../../src/core/ops/op.js';
import { ANONYMOUS_PARTICIPANT_ID } from '../../../src/core/retention/anonymise.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { ADMIN, signIn } from '../support/auth-fixtures.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

/** 11:00 at the center on 2 December 2026; three years and a day later the job must drop that day. */
const T0 = Date.UTC(2026, 11, 2, 19);
const LATER = Date.UTC(2029, 11, 3, 19);
const OLD_DAY = '2026-12-02';
const TODAY_LATER = '2029-12-03';
const PEOPLE = Array.from({ length: 12 }, (_, index) => `person_kept_${String(index).padStart(2, '0')}`);
const VISITOR = 'Dolores';
const NOTE = 'Asked for Marisol Vega again';
const NALOXONE = 'item_naloxone_kit';
const BLANKET = 'item_blanket';

let now = T0;
let world: SyncWorld;
let scheduledRun: (() => void) | undefined;
let scheduleStopped = false;
let kiosk: ReturnType<typeof opBuilder>;
const originals: Op[] = [];

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

const linksSomeone = (value: unknown) => {
  const text = JSON.stringify(value);
  return PEOPLE.some((id) => text.includes(id)) || text.includes(VISITOR) || text.includes(NOTE);
};

async function report(client: ApiClient) {
  const response = await client.get<Record<string, unknown>>(`/api/reports?from=2026-12-01&to=2026-12-03`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function retentionAudits(client: ApiClient) {
  const page = await client.get<{ entries: { action: string; detail: Record<string, unknown> }[] }>(
    '/api/audit?limit=100',
  );
  // The run at start (at T0) made one for its own cut-off, three years before T0.
  return page.body.entries.filter(
    (entry) => entry.action === 'retention.applied' && entry.detail.before === '2026-12-03',
  );
}

beforeAll(async () => {
  world = await startSyncWorld({
    now: () => new Date(now),
    retentionSchedule: (run) => {
      scheduledRun = run;
      return () => {
        scheduleStopped = true;
      };
    },
  });
  kiosk = opBuilder(world.kioskId, null, T0);
  const staff = opBuilder(testId('laptop'), world.staffId, T0);
  // A day at the center: twelve participants and three visitors, a request each, some handed
  // out, some declined with a note, and a reversal report with a name.
  for (const [index, participantId] of PEOPLE.entries()) {
    const visitId = testId('visit');
    originals.push(
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId, day: OLD_DAY, ticket: null, who: 'participant', participantId, method: 'card' },
      }),
      kiosk.op({
        type: 'request.created',
        payload: {
          requestId: `request_${index}_${visitId}`,
          visitId,
          day: OLD_DAY,
          participantId,
          ticket: null,
          items: [{ itemId: index % 2 === 0 ? NALOXONE : BLANKET, quantity: 1 }],
        },
      }),
    );
  }
  for (let visitor = 0; visitor < 3; visitor += 1) {
    originals.push(
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: OLD_DAY, ticket: null, who: 'visitor', name: VISITOR },
      }),
    );
  }
  originals.push(
    kiosk.op({
      type: 'overdose.reversalReported',
      payload: { reportId: testId('report'), day: OLD_DAY, participantId: PEOPLE[0] as string, replacementAsked: true },
    }),
  );
  const requests = originals.filter((op) => op.type === 'request.created');
  const answers = requests.map((op, index) =>
    index < 8
      ? staff.op({
          type: 'request.fulfilled',
          payload: { requestId: op.payload.requestId, partial: false, handedOut: op.payload.items },
        })
      : staff.op({
          type: 'request.declined',
          payload: { requestId: op.payload.requestId, reason: 'outOfStock', note: NOTE },
        }),
  );
  const fromKiosk = await push(world.kiosk, originals);
  expect(fromKiosk.body.results.every((result) => result.status === 'accepted')).toBe(true);
  const fromStaff = await push(world.staff, answers);
  expect(fromStaff.body.results.map((result) => result.status)).toEqual(answers.map(() => 'accepted'));
});

afterAll(async () => {
  await world.server.close();
});

describe('retention', () => {
  it('is an admin setting of 1 to 10 years: staff are refused, bad values are invalid', async () => {
    const setting = (years: unknown) => ({ type: 'settings.retentionSet', payload: { years } }) as never;
    const byStaff = opBuilder(testId('laptop'), world.staffId, now);
    expect((await push(world.staff, [byStaff.op(setting(2))])).body.results[0]?.reason).toBe('forbidden');
    const byAdmin = opBuilder(testId('laptop'), world.adminId, now);
    const bad = await push(world.admin, [
      byAdmin.op(setting(0)),
      byAdmin.op(setting(11)),
      byAdmin.op(setting('never')),
    ]);
    expect(bad.body.results.map((result) => result.reason)).toEqual(['invalid', 'invalid', 'invalid']);
    // Three years, said out loud: the default, now a setting in the snapshot.
    expect((await push(world.admin, [byAdmin.op(setting(3))])).body.results[0]?.status).toBe('accepted');
    const settings = (await snapshotOf(world.admin)).body.views.find((record) => record.key === 'settings');
    expect(settings?.view).toMatchObject({ retention: { value: { years: 3 } } });
  });

  it('refuses a retention.applied op from any device: only the server says what is gone', async () => {
    const forged = opBuilder(testId('laptop'), world.adminId, now).op({
      type: 'retention.applied',
      payload: { before: '2030-01-01' },
    });
    expect((await push(world.admin, [forged])).body.results[0]?.reason).toBe('forbidden');
    const fromKiosk = kiosk.op({ type: 'retention.applied', payload: { before: '2030-01-01' } });
    expect((await push(world.kiosk, [fromKiosk])).body.results[0]?.reason).toBe('forbidden');
  });

  it('three years and a day later, the daily run replaces every link of that day and the totals stay', async () => {
    const totalsBefore = await report(world.admin);
    expect(linksSomeone(await pullEverything(world.staff))).toBe(true);

    now = LATER;
    // Sessions expired over three years: the admin signs in again on the server's clock.
    world = { ...world, admin: await signIn(world.server, ADMIN.loginName, ADMIN.secret) };
    scheduledRun?.();
    await vi.waitFor(async () => expect(await retentionAudits(world.admin)).toHaveLength(1), { timeout: 30_000 });

    const staffOps = await pullEverything(world.admin);
    expect(linksSomeone(staffOps)).toBe(false);
    // The run at start (T0) found nothing old: it told nobody anything.
    expect(staffOps.filter((op) => op.type === 'retention.applied').map((op) => op.payload)).toEqual([
      { before: '2026-12-03' },
    ]);
    const visits = staffOps.filter((op) => op.type === 'visit.checkedIn');
    expect(visits.filter((op) => op.payload.who === 'participant').map((op) => op.payload)).toEqual(
      PEOPLE.map(() => expect.objectContaining({ participantId: ANONYMOUS_PARTICIPANT_ID })),
    );
    expect(linksSomeone((await snapshotOf(world.admin)).body.views)).toBe(false);
    // Kiosks are told too: they rewrite what they hold by the same rule.
    expect((await pullEverything(world.kiosk)).some((op) => op.type === 'retention.applied')).toBe(true);

    const { people: peopleBefore, ...before } = totalsBefore as { people: unknown };
    const { people: peopleAfter, ...after } = (await report(world.admin)) as { people: unknown };
    expect(after).toEqual(before);
    expect(peopleAfter).not.toEqual(peopleBefore);

    const [audit] = await retentionAudits(world.admin);
    // 12 + 3 visits, 12 requests, 4 declines with a note, 1 reversal report; 15 visit and 12 request views.
    expect(audit?.detail).toEqual({ before: '2026-12-03', years: 3, ops: 32, views: 27 });
    expect(linksSomeone(audit)).toBe(false);
  });

  it('is idempotent: another run at the same cut-off rewrites nothing and adds no op or audit entry', async () => {
    const cursor = await world.server.storage.ops.latestCursor();
    const opsBefore = await pullEverything(world.admin);
    const run = await runRetention(world.server.storage, new Date(now));
    expect(run).toEqual({ before: '2026-12-03', years: 3, ops: 0, views: 0, announced: false });
    expect(await world.server.storage.ops.latestCursor()).toBe(cursor);
    expect(await pullEverything(world.admin)).toEqual(opsBefore);
    expect(await retentionAudits(world.admin)).toHaveLength(1);
  });

  it('answers "duplicate" to a device resending an op it anonymised, and stores a late old op anonymised', async () => {
    const resent = await push(world.kiosk, originals.slice(0, 4));
    expect(resent.body.results.map((result) => result.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);

    const lateOld = kiosk.op({
      type: 'visit.checkedIn',
      payload: {
        visitId: testId('visit'),
        day: '2026-12-01',
        ticket: null,
        who: 'participant',
        participantId: PEOPLE[1] as string,
        method: 'name',
      },
    });
    const recent = kiosk.op(
      {
        type: 'visit.checkedIn',
        payload: {
          visitId: testId('visit'),
          day: TODAY_LATER,
          ticket: null,
          who: 'participant',
          participantId: PEOPLE[2] as string,
          method: 'card',
        },
      },
      { now: LATER },
    );
    const stored = await push(world.kiosk, [lateOld, recent]);
    expect(stored.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    const ops = await pullEverything(world.admin);
    expect(ops.find((op) => op.id === lateOld.id)?.payload).toMatchObject({ participantId: ANONYMOUS_PARTICIPANT_ID });
    expect(ops.find((op) => op.id === recent.id)?.payload).toMatchObject({ participantId: PEOPLE[2] });
    expect(await push(world.kiosk, [lateOld])).toMatchObject({ body: { results: [{ status: 'duplicate' }] } });
  });

  it('stops its schedule when the server closes', async () => {
    expect(scheduleStopped).toBe(false);
    await world.server.close({ keepData: true });
    expect(scheduleStopped).toBe(true);
    // afterAll closes again on the same data: start it once more so that close has a server.
    const { startTestServer } = await import('../support/test-server.js');
    world = { ...world, server: await startTestServer({ database: world.server.database, now: () => new Date(now) }) };
  });
});
