import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centerDay } from '../../../src/core/day.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import { ApiClient } from '../support/api-client.js';
import { pairDevice, signIn } from '../support/auth-fixtures.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

/**
 * The lobby display (role `display`): paired like a kiosk, it reads ticket calls only, pushes
 * nothing, and is never staff, even with a staff member's cookie in its browser.
 */
let world: SyncWorld;
let display: ApiClient;
let displayId: string;
let displayToken: string;
beforeAll(async () => {
  world = await startSyncWorld();
  ({
    device: display,
    id: displayId,
    token: displayToken,
  } = await pairDevice(world.server, world.staff, 'Lobby screen', 'display'));
});
afterAll(async () => {
  await world.server.close();
});

/** Pulls every page after `after` as `client`. */
async function pullAll(client: ApiClient, after = 0) {
  const pages = [];
  let cursor = after;
  for (;;) {
    const page = await pull(client, cursor, '&limit=1000');
    expect(page.status).toBe(200);
    pages.push(page.body);
    cursor = page.body.cursor;
    if (!page.body.more) return pages;
  }
}

/** A morning's work: a participant, an item, a check-in and a request, and its number called twice. */
async function aMorning() {
  const admin = opBuilder(testId('laptop'), world.adminId, Date.now());
  const desk = opBuilder(testId('laptop'), world.staffId, Date.now());
  const participantId = testId('p');
  const itemId = testId('item');
  const visitId = testId('visit');
  const requestId = testId('req');
  const day = centerDay(new Date());
  await push(world.admin, [admin.op({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } })]);
  const ops = [
    desk.op({ type: 'stock.received', payload: { itemId, quantity: 4, kind: 'donation', source: 'St. Mary church' } }),
    desk.op({
      type: 'participant.enrolled',
      payload: {
        participantId,
        profile: TEST_PROFILE,
        consent: { agreed: true, at: '2026-11-27T19:00:00.000Z', recordedBy: world.staffId, textVersion: 'v1' },
      },
    }),
    desk.op({
      type: 'visit.checkedIn',
      payload: { visitId, day, ticket: 'Q-7', who: 'participant', participantId, method: 'staff' },
    }),
    desk.op({
      type: 'request.created',
      payload: { requestId, visitId, day, participantId, ticket: 'Q-7', items: [{ itemId, quantity: 1 }] },
    }),
    desk.op({ type: 'ticket.called', payload: { requestId, ticket: 'Q-7', day } }),
    desk.op({ type: 'ticket.notAnswered', payload: { requestId } }),
    desk.op({ type: 'ticket.called', payload: { requestId, ticket: 'Q-7', day } }),
  ];
  const pushed = await push(world.staff, ops);
  expect(pushed.body.results.every((result) => result.status === 'accepted')).toBe(true);
  return { participantId, itemId, visitId, requestId, day };
}

const SECRETS = ['José', 'Martínez', 'Pepe', 'Blanket', 'Cobija', 'St. Mary', '1980-04-02', 'he/him', 'consent'];

describe('pairing a lobby display', () => {
  it('makes a device of role display, with no ticket letter, listed under Devices', async () => {
    const me = await display.get<{ role: string; ticketLetter: string | null }>('/api/devices/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: displayId, role: 'display', ticketLetter: null });
    const listed = await world.admin.get<{ devices: { id: string; role: string }[] }>('/api/devices');
    expect(listed.body.devices).toContainEqual(expect.objectContaining({ id: displayId, role: 'display' }));
  });
});

describe('what a display reads', () => {
  it('pulls only ticket calls: no names, no items, no participant ids, no catalog', async () => {
    const start = (await pullAll(display)).at(-1)?.cursor ?? 0;
    const { participantId, itemId, visitId, requestId } = await aMorning();
    const pages = await pullAll(display, start);
    const ops = pages.flatMap((page) => page.ops);
    expect(ops.map((op) => op.type)).toEqual(['ticket.called', 'ticket.notAnswered', 'ticket.called']);
    expect(ops.map((op) => op.payload)).toEqual([
      expect.objectContaining({ requestId, ticket: 'Q-7' }),
      { requestId },
      expect.objectContaining({ requestId, ticket: 'Q-7' }),
    ]);
    expect(pages.flatMap((page) => [...page.views, ...page.directory])).toEqual([]);
    const text = JSON.stringify(pages);
    for (const secret of [...SECRETS, participantId, itemId, visitId]) expect(text).not.toContain(secret);
  });

  it('starts from a snapshot of today’s calls only', async () => {
    const { participantId, itemId, requestId, day } = await aMorning();
    const snapshot = await snapshotOf(display);
    expect(snapshot.status).toBe(200);
    expect(snapshot.body.directory).toEqual([]);
    expect(new Set(snapshot.body.views.map((record) => record.view.kind))).toEqual(new Set(['call']));
    expect(snapshot.body.views).toContainEqual({
      key: `call:${requestId}`,
      view: expect.objectContaining({ kind: 'call', requestId, ticket: 'Q-7', day, calls: 2 }),
    });
    const text = JSON.stringify(snapshot.body);
    for (const secret of [...SECRETS, participantId, itemId]) expect(text).not.toContain(secret);
  });

  it('reads as a display even with a staff cookie in its browser', async () => {
    const both = await signIn(world.server, 'sam', '739154');
    both.deviceToken = displayToken;
    const start = (await pullAll(both)).at(-1)?.cursor ?? 0;
    await aMorning();
    const types = new Set((await pullAll(both, start)).flatMap((page) => page.ops.map((op) => op.type)));
    expect(types).toEqual(new Set(['ticket.called', 'ticket.notAnswered']));
  });

  it('is what a kiosk never reads: a kiosk pulls no calls', async () => {
    const start = (await pullAll(world.kiosk)).at(-1)?.cursor ?? 0;
    await aMorning();
    const types = (await pullAll(world.kiosk, start)).flatMap((page) => page.ops.map((op) => op.type));
    expect(types).not.toContain('ticket.called');
    expect(types).not.toContain('ticket.notAnswered');
  });
});

describe('what a display may do', () => {
  it('pushes nothing: not a call, not a kiosk check-in, and nothing is stored', async () => {
    const screen = opBuilder(displayId, null, Date.now());
    const day = centerDay(new Date());
    const visitId = testId('visit');
    const ops = [
      screen.op({ type: 'visit.checkedIn', payload: { visitId, day, ticket: null, who: 'visitor', name: null } }),
      screen.op({ type: 'ticket.called', payload: { requestId: testId('req'), ticket: 'Z-1', day } }),
    ];
    const response = await push(display, ops);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'forbidden' });
    const stored = await world.server.peekValue('SELECT count(*) FROM ops WHERE device_id = ?', displayId);
    expect(stored).toBe(0);
  });

  it('cannot sign in as staff, and a staff cookie grants it no staff route', async () => {
    const signInThere = new ApiClient(world.server.baseUrl, { deviceToken: displayToken });
    const refused = await signInThere.post('/api/session', { loginName: 'sam', secret: '739154' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'display_device' });
    expect(signInThere.sessionCookie).toBeUndefined();

    const both = await signIn(world.server, 'sam', '739154');
    both.deviceToken = displayToken;
    for (const path of ['/api/session', '/api/devices', '/api/staff/names']) {
      const answer = await both.get(path);
      expect(answer.status, path).toBe(403);
    }
    // The same cookie without the display's token is a staff member as before.
    both.deviceToken = undefined;
    expect((await both.get('/api/session')).status).toBe(200);
  });

  it('keeps kiosks to their own ops: a kiosk cannot push a call', async () => {
    const kiosk = opBuilder(world.kioskId, null, Date.now());
    const call = kiosk.op({
      type: 'ticket.called',
      payload: { requestId: testId('req'), ticket: 'A-1', day: centerDay(new Date()) },
    });
    const response = await push(world.kiosk, [call]);
    expect(response.body.results).toEqual([expect.objectContaining({ id: call.id, reason: 'forbidden' })]);
  });
});

describe('the OpenAPI document', () => {
  it('names who may call each operation, the display on reads only', async () => {
    const document = (
      await new ApiClient(world.server.baseUrl).get<{
        paths: Record<string, Record<string, { 'x-access'?: unknown; description?: string }>>;
        info: { description: string };
      }>('/api/openapi.json')
    ).body;
    const pull = document.paths['/api/sync/pull']?.get;
    expect(pull?.['x-access']).toEqual(['kiosk', 'display', 'staff', 'admin']);
    expect(pull?.description).toContain('lobby display (role `display`) gets only `ticket.called`');
    expect(document.paths['/api/sync/snapshot']?.get?.['x-access']).toContain('display');
    expect(document.paths['/api/sync/push']?.post?.['x-access']).toEqual(['kiosk', 'staff', 'admin']);
    expect(document.paths['/api/health']?.get?.['x-access']).toBe('public');
    expect(document.info.description).toContain('`display` (a paired lobby display');
    for (const [path, methods] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(methods))
        expect(operation['x-access'], `${method} ${path}`).toBeDefined();
  });
});
