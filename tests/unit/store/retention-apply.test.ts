/**
 * Devices drop what the server dropped (issue 20): a staff laptop (fake-indexeddb, the real op
 * store and sync client) pulls the server's `retention.applied` after the daily job and then holds
 * no link of the old day in its log, views, outbox or refusals; its own report keeps its totals.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { centerDay } from '../../../src/core/day.js';
import type { Op } from '../../../src/core/ops/op.js';
import { computeReport } from '../../../src/core/reports/report.js';
import { ANONYMOUS_PARTICIPANT_ID } from '../../../src/core/retention/anonymise.js';
import type { OpStore } from '../../../src/store/op-store.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { expectSynced, type TestDevice, testDevice } from '../sync/sync-harness.js';
import { closeAll, freshIndexedDb, openDevice, STAFF } from './fixtures.js';

const PERSON_AT_DESK = 'person_desk_0001';
const PERSON_AT_KIOSK = 'person_kiosk_001';
const VISITOR = 'Dolores';
const NOTE = 'Marisol Vega asked again';
/** Three years and two days, so the day of the ops below is before the cut-off. */
const JUMP_MS = (3 * 366 + 2) * 24 * 60 * 60 * 1000;

let offset = 0;
let server: TestServer;
let admin: ApiClient;
let scheduledRun: (() => void) | undefined;

const linksSomeone = (value: unknown) => {
  const text = JSON.stringify(value);
  return [PERSON_AT_DESK, PERSON_AT_KIOSK, VISITOR, NOTE].some((link) => text.includes(link));
};

async function held(store: OpStore) {
  return {
    ops: await store.allOps(),
    views: [...(await store.allViews()).values()],
    outbox: await store.outboxBatch(10_000),
    rejected: await store.rejectedOps(),
  };
}

describe('a staff laptop after the server dropped old links', () => {
  let laptop: TestDevice;
  let staffId: string;
  let staff: ApiClient;
  const today = centerDay(new Date());

  beforeAll(async () => {
    server = await startTestServer({
      now: () => new Date(Date.now() + offset),
      retentionSchedule: (run) => {
        scheduledRun = run;
        return () => undefined;
      },
    });
    admin = await setUpFirstAdmin(server);
    staffId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' });
    staff = await signIn(server, 'sam', '739154');
    laptop = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: testId('laptop'),
      actor: staffId,
      credentials: staff,
    });
    await expectSynced(laptop);
  });
  afterAll(async () => {
    await laptop.client.stop();
    await server.close();
  });

  it('holds none of them after its next pull, and its report totals are the same', async () => {
    const author = { deviceId: laptop.deviceId, actor: staffId };
    const visitId = testId('visit');
    const requestId = testId('request');
    await laptop.store.record(
      {
        type: 'visit.checkedIn',
        payload: {
          visitId,
          day: today,
          ticket: null,
          who: 'participant',
          participantId: PERSON_AT_DESK,
          method: 'staff',
        },
      },
      author,
    );
    await laptop.store.record(
      {
        type: 'request.created',
        payload: {
          requestId,
          visitId,
          day: today,
          participantId: PERSON_AT_DESK,
          ticket: null,
          items: [{ itemId: 'item_blanket', quantity: 1 }],
        },
      },
      author,
    );
    await laptop.store.record(
      { type: 'request.declined', payload: { requestId, reason: 'outOfStock', note: NOTE } },
      author,
    );
    const { device: kiosk, id: kioskId } = await pairDevice(server, admin);
    const kioskOps = opBuilder(kioskId, null, Date.now());
    const fromKiosk = await kiosk.post<{ results: { status: string }[] }>('/api/sync/push', {
      ops: [
        kioskOps.op({
          type: 'visit.checkedIn',
          payload: {
            visitId: testId('visit'),
            day: today,
            ticket: null,
            who: 'participant',
            participantId: PERSON_AT_KIOSK,
            method: 'card',
          },
        }),
        kioskOps.op({
          type: 'visit.checkedIn',
          payload: { visitId: testId('visit'), day: today, ticket: null, who: 'visitor', name: VISITOR },
        }),
      ],
    });
    expect(fromKiosk.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    await expectSynced(laptop);
    const before = await held(laptop.store);
    expect(linksSomeone(before)).toBe(true);
    const range = { from: today, to: today };
    const { people: _peopleBefore, ...totalsBefore } = computeReport(before.ops, range);

    offset = JUMP_MS;
    scheduledRun?.();
    // The admin's session has expired by the server's clock: the audit log is read through its storage.
    await vi.waitFor(
      async () => {
        const { entries } = await server.storage.audit.list({ limit: 50 });
        const run = entries.find((entry) => entry.action === 'retention.applied' && entry.detail.ops === 5);
        expect(run).toBeDefined();
      },
      { timeout: 15_000 },
    );
    // Three years on, the laptop's session has long expired: Sam signs in again, and it syncs.
    await signIn(server, 'sam', '739154', staff);
    await expectSynced(laptop);
    expect((await laptop.store.allOps()).some((op) => op.type === 'retention.applied')).toBe(true);

    const after = await held(laptop.store);
    expect(linksSomeone(after)).toBe(false);
    const desk = after.ops.find((op) => op.type === 'visit.checkedIn' && op.deviceId === laptop.deviceId);
    expect(desk?.payload).toMatchObject({ participantId: ANONYMOUS_PARTICIPANT_ID });
    const { people: _peopleAfter, ...totalsAfter } = computeReport(after.ops, range);
    expect(totalsAfter).toEqual(totalsBefore);
  });
});

describe('an op still in the outbox when retention.applied arrives', () => {
  beforeEach(freshIndexedDb);
  afterAll(closeAll);

  it('goes out anonymised, as the server would store it', async () => {
    const device = await openDevice('retention-outbox');
    await device.store.record(
      {
        type: 'visit.checkedIn',
        payload: {
          visitId: 'visit_00000042',
          day: '2026-11-28',
          ticket: null,
          who: 'participant',
          participantId: PERSON_AT_DESK,
          method: 'staff',
        },
      },
      STAFF,
    );
    const applied: Op = {
      id: 'retention_2026-11-29',
      deviceId: 'srv_retention_test',
      seq: 20_000,
      at: '1890000000000-00000-srv_retention_test',
      actor: null,
      type: 'retention.applied',
      payload: { before: '2026-11-29' },
    };
    await device.store.applyPulled({ serverId: 'server_1', cursor: 9, ops: [applied], views: [], directory: [] });
    const after = await held(device.store);
    expect(after.outbox).toHaveLength(1);
    expect(after.outbox[0]?.payload).toMatchObject({ participantId: ANONYMOUS_PARTICIPANT_ID });
    expect(linksSomeone(after)).toBe(false);
  });
});
