/**
 * The server decides who acted: an op's actor must be the person signed in on the push, or one
 * who had a session on the device that made it at the op's time; admin-only ops need an admin
 * then; a disabled account acts no more. The server's clock is moved by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, testId } from '../../support/op-factory.js';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { push } from './sync-support.js';

const MINUTE = 60_000;
/** 9:00 in Los Angeles on a Wednesday the center is open. */
const NINE = Date.UTC(2026, 11, 2, 17, 0);
const at = (hours: number, minutes: number) => NINE + (hours - 9) * 60 * MINUTE + minutes * MINUTE;

let clock = at(8, 0);
let server: TestServer;
let admin: ApiClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock) });
  admin = await setUpFirstAdmin(server);
  ids.ana = (await admin.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
  for (const [name, role] of [
    ['alex', 'staff'],
    ['bea', 'staff'],
    ['cruz', 'admin'],
    ['dana', 'staff'],
    ['eve', 'staff'],
    ['fay', 'staff'],
  ] as const) {
    ids[name] = await createStaff(admin, { displayName: name, loginName: name, secret: '739154', role });
  }
});
afterAll(async () => {
  await server.close();
});

/** A staff laptop paired with the server, with no one signed in yet. */
async function pairedLaptop(): Promise<{ laptop: ApiClient; laptopId: string }> {
  const { device, id } = await pairDevice(server, admin, `Laptop ${testId('l')}`, 'staff');
  return { laptop: device, laptopId: id };
}

const stockOp = (itemId = testId('item')) =>
  ({ type: 'stock.received', payload: { itemId, quantity: 3, kind: 'donation' } }) as const;
const catalogOp = () => ({ type: 'catalog.itemAdded', payload: { itemId: testId('item'), item: TEST_ITEM } }) as const;

function outcomes(response: Awaited<ReturnType<typeof push>>): string[] {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.results.map((result) => result.reason ?? result.status);
}

async function storedOp(id: string) {
  const [row] = await server.peek<{ actor: string; pushed_by_staff: string }>(
    'SELECT actor, pushed_by_staff FROM ops WHERE id = ?',
    id,
  );
  return row;
}

describe('two staff take turns on one laptop with no network, then it syncs', () => {
  it('accepts what each of them did, as theirs, and refuses what neither could have done', async () => {
    const { laptop, laptopId } = await pairedLaptop();
    const device = opBuilder(laptopId, null, 0);
    const made = (actor: string, minutes: [number, number], draft: OpDraft = stockOp()) =>
      device.op(draft, { now: at(...minutes), actor: ids[actor] as string });

    clock = at(9, 0);
    await signIn(server, 'alex', '739154', laptop);
    // The network goes; Alex works on, then signs out on the laptop.
    const alex1 = made('alex', [9, 10]);
    // Not honest: Alex is not an admin.
    const alexCatalog = made('alex', [9, 15], catalogOp());
    const alex2 = made('alex', [9, 20]);
    clock = at(9, 30);
    expect((await laptop.delete('/api/session')).status).toBe(200);
    clock = at(9, 31);
    await signIn(server, 'bea', '739154', laptop);
    const bea1 = made('bea', [9, 40]);
    // Not honest either: Cruz (an admin) never used this laptop; Alex had signed out by then.
    const asCruz = made('cruz', [9, 42], catalogOp());
    const alexAfterSignOut = made('alex', [9, 45]);

    clock = at(10, 0);
    const ops: Op[] = [alex1, alexCatalog, alex2, bea1, asCruz, alexAfterSignOut];
    expect(outcomes(await push(laptop, ops))).toEqual([
      'accepted',
      'forbidden',
      'accepted',
      'accepted',
      'actor_not_signed_in',
      'actor_not_signed_in',
    ]);
    expect(await storedOp(alex1.id)).toEqual({ actor: ids.alex, pushed_by_staff: ids.bea });
    expect(await storedOp(alex2.id)).toEqual({ actor: ids.alex, pushed_by_staff: ids.bea });
    expect(await storedOp(bea1.id)).toEqual({ actor: ids.bea, pushed_by_staff: ids.bea });
    expect(await storedOp(asCruz.id)).toBeUndefined();
  });

  it('ends the session a laptop had when someone else signs in on it', async () => {
    const { laptop, laptopId } = await pairedLaptop();
    clock = at(11, 0);
    await signIn(server, 'alex', '739154', laptop);
    const alexCookie = laptop.sessionCookie;
    clock = at(11, 5);
    await signIn(server, 'bea', '739154', laptop);
    const oldCookie = new ApiClient(server.baseUrl);
    oldCookie.sessionCookie = alexCookie;
    expect((await oldCookie.get('/api/session')).status).toBe(401);
    // Alex's session on this laptop ended at 11:05.
    const device = opBuilder(laptopId, ids.alex as string, 0);
    const during = device.op(stockOp(), { now: at(11, 2) });
    const after = device.op(stockOp(), { now: at(11, 20) });
    clock = at(11, 30);
    expect(outcomes(await push(laptop, [during, after]))).toEqual(['accepted', 'actor_not_signed_in']);
  });
});

describe('a session nobody ended', () => {
  it('counts until it would have expired, not until the next person signs in', async () => {
    const { laptop, laptopId } = await pairedLaptop();
    clock = at(6, 0);
    await signIn(server, 'alex', '739154', laptop);
    // The laptop lost the network at once; 12 idle hours later Alex's session was over (18:00).
    const device = opBuilder(laptopId, ids.alex as string, 0);
    const inTime = device.op(stockOp(), { now: at(17, 50) });
    const tooLate = device.op(stockOp(), { now: at(18, 30) });
    clock = at(19, 0);
    await signIn(server, 'bea', '739154', laptop);
    expect(outcomes(await push(laptop, [inTime, tooLate]))).toEqual(['accepted', 'actor_not_signed_in']);
  });
});

describe('a staff member who is not an admin', () => {
  it('cannot push catalog, hours or any op in an admin’s name', async () => {
    clock = at(12, 0);
    const alex = await signIn(server, 'alex', '739154');
    const browser = opBuilder(testId('browser'), ids.ana as string, 0);
    const forged = [
      browser.op(catalogOp(), { now: at(12, 1) }),
      browser.op({ type: 'settings.hoursSet', payload: { hours: [] } }, { now: at(12, 2) }),
      browser.op(stockOp(), { now: at(12, 3) }),
      browser.op({ type: 'participant.viewed', payload: { participantId: testId('p') } }, { now: at(12, 4) }),
    ];
    expect(outcomes(await push(alex, forged))).toEqual([
      'actor_not_signed_in',
      'actor_not_signed_in',
      'actor_not_signed_in',
      'actor_not_signed_in',
    ]);
    const own = opBuilder(testId('browser'), ids.alex as string, 0);
    expect(
      outcomes(
        await push(alex, [
          own.op(catalogOp(), { now: at(12, 5) }),
          own.op({ type: 'settings.hoursSet', payload: { hours: [] } }, { now: at(12, 6) }),
        ]),
      ),
    ).toEqual(['forbidden', 'forbidden']);
    expect(
      await server.peekValue('SELECT count(*) FROM ops WHERE id IN (?, ?, ?, ?)', ...forged.map((op) => op.id)),
    ).toBe(0);
    // The attempt is seen: one activity-log entry for the push, naming who tried.
    const refused = await server.peek(
      `SELECT actor_id AS "actorId", detail FROM audit_log WHERE action = 'sync.refused' AND at = ? ORDER BY id`,
      new Date(at(12, 0)).toISOString(),
    );
    expect(refused).toEqual([
      { actorId: ids.alex, detail: JSON.stringify({ reason: 'actor_not_signed_in', count: 4 }) },
      { actorId: ids.alex, detail: JSON.stringify({ reason: 'forbidden', count: 2 }) },
    ]);
  });

  it('can record a profile view only inside a session of their own', async () => {
    clock = at(12, 30);
    const alex = await signIn(server, 'alex', '739154');
    const browser = opBuilder(testId('browser'), ids.alex as string, 0);
    const participantId = testId('p');
    const view = (when: number) =>
      browser.op({ type: 'participant.viewed', payload: { participantId } }, { now: when });
    const lastWeek = view(at(12, 29) - 7 * 24 * 60 * MINUTE);
    const now = view(at(12, 29));
    expect(outcomes(await push(alex, [lastWeek, now]))).toEqual(['actor_not_signed_in', 'accepted']);
    const audit = await server.peek<{ at: string }>(
      "SELECT at FROM audit_log WHERE action = 'participant.viewed' AND target = ? ORDER BY id",
      participantId,
    );
    expect(audit.map((row) => row.at)).toEqual([new Date(at(12, 29)).toISOString()]);
  });
});

describe('roles and accounts as they were when the op was made', () => {
  it('keeps an admin’s offline catalog change from before a demotion and refuses one from after', async () => {
    const { laptop, laptopId } = await pairedLaptop();
    clock = at(13, 0);
    await signIn(server, 'cruz', '739154', laptop);
    const device = opBuilder(laptopId, ids.cruz as string, 0);
    const before = device.op(catalogOp(), { now: at(13, 10) });
    clock = at(13, 20);
    expect((await admin.patch(`/api/staff/${ids.cruz}`, { role: 'staff' })).status).toBe(200);
    const after = device.op(catalogOp(), { now: at(13, 25) });
    const stock = device.op(stockOp(), { now: at(13, 26) });
    clock = at(13, 30);
    expect(outcomes(await push(laptop, [before, after, stock]))).toEqual(['accepted', 'forbidden', 'accepted']);
  });

  it('refuses what a disabled account is said to have done after it was disabled', async () => {
    const { laptop, laptopId } = await pairedLaptop();
    clock = at(14, 0);
    await signIn(server, 'dana', '739154', laptop);
    const device = opBuilder(laptopId, ids.dana as string, 0);
    const before = device.op(stockOp(), { now: at(14, 5) });
    clock = at(14, 10);
    expect((await admin.post(`/api/staff/${ids.dana}/disable`)).status).toBe(200);
    // The laptop was offline and still showed Dana's console.
    const after = device.op(stockOp(), { now: at(14, 15) });
    clock = at(14, 20);
    await signIn(server, 'eve', '739154', laptop);
    expect(outcomes(await push(laptop, [before, after]))).toEqual(['accepted', 'actor_disabled']);
  });
});

describe('kiosk ops', () => {
  it('carry no staff actor, and only a kiosk makes them', async () => {
    clock = at(15, 0);
    const { device: kiosk, id: kioskId } = await pairDevice(server, admin, `Kiosk ${testId('k')}`);
    const visit = (deviceId: string, actor: string | null) =>
      opBuilder(deviceId, actor, 0).op(
        {
          type: 'visit.checkedIn',
          payload: { visitId: testId('visit'), day: '2026-12-02', ticket: null, who: 'visitor', name: null },
        },
        { now: at(15, 0) },
      );
    expect(outcomes(await push(kiosk, [visit(kioskId, ids.ana as string)]))).toEqual(['forbidden']);
    expect(outcomes(await push(kiosk, [visit(kioskId, null)]))).toEqual(['accepted']);
    const bea = await signIn(server, 'bea', '739154');
    expect(outcomes(await push(bea, [visit(testId('browser'), null)]))).toEqual(['forbidden']);
  });
});

describe('a device whose clock is wrong', () => {
  it('is placed on the server’s clock by the time it sends, so its person’s work is kept', async () => {
    clock = at(16, 0);
    const fay = await signIn(server, 'fay', '739154');
    const threeHoursBehind = -3 * 60 * MINUTE;
    const laptop = opBuilder(testId('browser'), ids.fay as string, 0);
    const made = laptop.op(stockOp(), { now: at(16, 5) + threeHoursBehind });
    clock = at(16, 10);
    const unexplained = await fay.post<{ results: { reason?: string }[] }>('/api/sync/push', { ops: [made] });
    expect(unexplained.body.results[0]?.reason).toBe('actor_not_signed_in');
    const explained = await fay.post<{ results: { status: string }[] }>('/api/sync/push', {
      ops: [made],
      deviceTime: at(16, 10) + threeHoursBehind,
    });
    expect(explained.body.results[0]?.status).toBe('accepted');

    // A clock a day fast: the op cannot have been made after it arrived.
    const dayAhead = laptop.op(stockOp(), { now: at(16, 11) + 24 * 60 * MINUTE });
    expect(outcomes(await push(fay, [dayAhead]))).toEqual(['accepted']);
  });
});
