import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import type { Op } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

/** A staff browser that is not paired; its ops are stamped now, inside its person's session. */
function staffDevice(actor = world.staffId) {
  return opBuilder(testId('laptop'), actor, Date.now());
}

describe('push', () => {
  it('stores each op once and answers accepted, then duplicate when it is sent again', async () => {
    const laptop = staffDevice();
    const itemId = testId('item');
    const ops = [
      laptop.op({ type: 'stock.received', payload: { itemId, quantity: 10, kind: 'donation' } }),
      laptop.op({ type: 'stock.handedOut', payload: { itemId, quantity: 3 } }),
    ];
    const first = await push(world.staff, ops);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual(ops.map((op) => ({ id: op.id, status: 'accepted' })));

    const again = await push(world.staff, ops);
    expect(again.body.results).toEqual(ops.map((op) => ({ id: op.id, status: 'duplicate' })));
    const stored = await world.server.peekValue('SELECT count(*) FROM ops WHERE id IN (?, ?)', ops[0]?.id, ops[1]?.id);
    expect(stored).toBe(2);

    const snapshot = await snapshotOf(world.staff);
    const stock = snapshot.body.views.find((record) => record.key === `stock:${itemId}`);
    expect(stock?.view).toMatchObject({ onHand: 7, lines: 2 });
  });

  it('rejects a bad op with a reason and still stores the ones around it', async () => {
    const laptop = staffDevice();
    const itemId = testId('item');
    const good1 = laptop.op({ type: 'stock.received', payload: { itemId, quantity: 4, kind: 'purchase' } });
    const bad = {
      ...laptop.op({ type: 'stock.adjusted', payload: { itemId, delta: 1, reason: 'found' } }),
      payload: { itemId, delta: 0.5, reason: 'found' },
    };
    const good2 = laptop.op({ type: 'stock.adjusted', payload: { itemId, delta: -1, reason: 'damaged' } });
    const response = await push(world.staff, [good1, bad, 'not an op', good2]);
    expect(response.status).toBe(200);
    expect(response.body.results.map((result) => result.status)).toEqual([
      'accepted',
      'rejected',
      'rejected',
      'accepted',
    ]);
    expect(response.body.results[1]).toMatchObject({
      id: bad.id,
      reason: 'invalid',
      message: expect.stringContaining('payload.delta'),
    });
    expect(response.body.results[2]).toMatchObject({ id: '#2', reason: 'invalid' });
    expect(await world.server.peekValue('SELECT count(*) FROM ops WHERE id = ?', bad.id)).toBe(0);
  });

  it('refuses a reused op id with other content and a reused device sequence number', async () => {
    const laptop = staffDevice();
    const itemId = testId('item');
    const op = laptop.op({ type: 'stock.received', payload: { itemId, quantity: 1, kind: 'donation' } });
    await push(world.staff, [op]);
    const changed = { ...op, payload: { ...op.payload, quantity: 100 } };
    const sameSeq = { ...op, id: testId('op') };
    const response = await push(world.staff, [changed, sameSeq]);
    expect(response.body.results.map((result) => result.reason)).toEqual(['id_conflict', 'sequence_conflict']);
  });

  it('lets a kiosk check people in and create requests as itself, and nothing else', async () => {
    const kiosk = opBuilder(world.kioskId, null);
    const visitId = testId('visit');
    const allowed = [
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId, day: '2026-11-27', ticket: 'A-1', who: 'visitor', name: null },
      }),
      kiosk.op({
        type: 'request.created',
        payload: {
          requestId: testId('req'),
          visitId,
          day: '2026-11-27',
          participantId: null,
          ticket: 'A-1',
          items: [{ itemId: testId('item'), quantity: 1 }],
        },
      }),
    ];
    const stock = kiosk.op({
      type: 'stock.received',
      payload: { itemId: testId('item'), quantity: 5, kind: 'donation' },
    });
    const elsewhere = opBuilder(testId('other'), null).op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
    });
    const response = await push(world.kiosk, [...allowed, stock, elsewhere]);
    expect(response.body.results.map((result) => result.reason ?? result.status)).toEqual([
      'accepted',
      'accepted',
      'forbidden',
      'device_mismatch',
    ]);
  });

  it('needs a known staff member on staff ops and an admin on catalog, hours and limits', async () => {
    const byStaff = staffDevice();
    const byNobody = staffDevice(testId('ghost'));
    const response = await push(world.staff, [
      byStaff.op({ type: 'catalog.itemAdded', payload: { itemId: testId('item'), item: TEST_ITEM } }),
      byNobody.op({ type: 'stock.received', payload: { itemId: testId('item'), quantity: 1, kind: 'donation' } }),
      byStaff.op(
        { type: 'stock.received', payload: { itemId: testId('item'), quantity: 1, kind: 'donation' } },
        { actor: null },
      ),
      byStaff.op({ type: 'settings.hoursSet', payload: { hours: [] } }),
      // Opening the kiosks for an event is a decision made on the floor, by any staff member.
      byStaff.op({
        type: 'settings.openOverrideSet',
        payload: { override: { mode: 'open', until: '2026-11-28T23:00:00.000Z' } },
      }),
    ]);
    expect(response.body.results.map((result) => result.reason ?? result.status)).toEqual([
      'forbidden',
      'unknown_actor',
      'forbidden',
      'forbidden',
      'accepted',
    ]);
    const byAdmin = staffDevice(world.adminId);
    const asAdmin = await push(world.admin, [
      byAdmin.op({ type: 'catalog.itemAdded', payload: { itemId: testId('item'), item: TEST_ITEM } }),
    ]);
    expect(asAdmin.body.results.map((result) => result.status)).toEqual(['accepted']);
  });

  it('does not let a staff browser push ops in the name of another paired device', async () => {
    const asKiosk = opBuilder(world.kioskId, world.staffId);
    const response = await push(world.staff, [
      asKiosk.op({ type: 'stock.received', payload: { itemId: testId('item'), quantity: 1, kind: 'donation' } }),
    ]);
    expect(response.body.results[0]?.reason).toBe('device_mismatch');
  });

  it('lets a re-paired tablet deliver what it recorded under its revoked identity', async () => {
    const { device: oldKiosk, id: oldId } = await pairDevice(world.server, world.admin, 'Old lobby tablet');
    const before = opBuilder(oldId, null).op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
    });
    expect((await world.admin.post(`/api/devices/${oldId}/revoke`)).status).toBe(200);
    expect((await push(oldKiosk, [before])).status).toBe(401);
    const { device: newKiosk } = await pairDevice(world.server, world.admin, 'Lobby tablet again');
    expect((await push(newKiosk, [before])).body.results).toEqual([{ id: before.id, status: 'accepted' }]);
  });

  it('refuses callers who are not signed in or paired, and batches that are too big', async () => {
    const { ApiClient } = await import('../support/api-client.js');
    const stranger = new ApiClient(world.server.baseUrl);
    expect((await push(stranger, [{}])).status).toBe(401);
    expect((await pull(stranger)).status).toBe(401);
    const tooMany = await push(
      world.staff,
      Array.from({ length: 201 }, () => ({})),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: 'bad_request' });
  });
});

describe('profile views', () => {
  it('go to the audit log at the time they happened, naming the participant by id only, and are not pulled back', async () => {
    const laptop = staffDevice();
    const participantId = testId('p');
    // A moment ago, while Sam was signed in (the audit keeps the time of the look, not of the push).
    const viewedAt = Date.now() - 30_000;
    const start = (await pull(world.staff, 0, '&limit=1000')).body.cursor;
    const viewed = laptop.op({ type: 'participant.viewed', payload: { participantId } }, { now: viewedAt });
    expect((await push(world.staff, [viewed])).body.results[0]).toEqual({ id: viewed.id, status: 'accepted' });

    const audit = await world.admin.get<{ entries: { action: string; actorId: string; target: string; at: string }[] }>(
      '/api/audit',
    );
    expect(audit.body.entries[0]).toMatchObject({
      action: 'participant.viewed',
      actorId: world.staffId,
      target: participantId,
      at: new Date(viewedAt).toISOString(),
    });
    expect((await pull(world.staff, start, '&limit=1000')).body.ops.map((op) => op.id)).not.toContain(viewed.id);

    const fromKiosk = opBuilder(world.kioskId, null).op({ type: 'participant.viewed', payload: { participantId } });
    expect((await push(world.kiosk, [fromKiosk])).body.results[0]?.reason).toBe('forbidden');
  });
});

describe('pull', () => {
  it('pages through ops after a cursor, and the pages chain without gaps or repeats', async () => {
    const laptop = staffDevice();
    const itemId = testId('item');
    const start = (await pull(world.staff, 0, '&limit=1000')).body.cursor;
    const ops = Array.from({ length: 5 }, () =>
      laptop.op({ type: 'stock.received', payload: { itemId, quantity: 1, kind: 'donation' } }),
    );
    await push(world.staff, ops);

    const seen: Op[] = [];
    let cursor = start;
    for (;;) {
      const page = await pull(world.staff, cursor, '&limit=2');
      expect(page.status).toBe(200);
      seen.push(...page.body.ops);
      cursor = page.body.cursor;
      if (!page.body.more) break;
    }
    expect(seen.map((op) => op.id)).toEqual(ops.map((op) => op.id));
    expect((await pull(world.staff, cursor)).body).toMatchObject({ cursor, ops: [], more: false });
  });

  it('gives a kiosk the catalog, settings, stock levels and a minimal directory, never profiles, visits or requests', async () => {
    const admin = staffDevice(world.adminId);
    const staff = staffDevice();
    const participantId = testId('p');
    const itemId = testId('item');
    const start = (await pull(world.kiosk, 0, '&limit=1000')).body.cursor;
    await push(world.admin, [
      admin.op({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } }),
      admin.op({ type: 'settings.hoursSet', payload: { hours: [{ weekday: 2, opens: '10:00', closes: '14:00' }] } }),
    ]);
    await push(world.staff, [
      staff.op({
        type: 'stock.received',
        payload: { itemId, quantity: 12, kind: 'donation', source: 'St. Mary church', note: 'for Ana' },
      }),
      staff.op({
        type: 'participant.enrolled',
        payload: {
          participantId,
          profile: TEST_PROFILE,
          consent: { agreed: true, at: '2026-11-27T19:00:00.000Z', recordedBy: world.staffId, textVersion: 'v1' },
        },
      }),
      staff.op({ type: 'card.issued', payload: { cardId: testId('card'), participantId, tokenHash: 'a'.repeat(64) } }),
      staff.op({
        type: 'visit.checkedIn',
        payload: {
          visitId: testId('visit'),
          day: '2026-11-27',
          ticket: null,
          who: 'participant',
          participantId,
          method: 'staff',
        },
      }),
    ]);

    const page = await pull(world.kiosk, start, '&limit=1000');
    expect(page.status).toBe(200);
    expect(page.body.ops.map((op) => op.type)).toEqual(['catalog.itemAdded', 'settings.hoursSet']);
    expect(page.body.views).toEqual([
      { key: `stock:${itemId}`, view: { kind: 'stock', itemId, onHand: 12, lines: 1 } },
    ]);
    expect(page.body.directory).toEqual([
      {
        participantId,
        firstName: 'José',
        lastInitial: 'M',
        searchKeys: ['jose', 'pepe'],
        active: true,
        birthdayCheck: expect.stringMatching(/^[0-9a-f]{64}$/),
        cardHashes: ['a'.repeat(64)],
        // So the kiosk can switch to it after a check-in.
        language: 'es',
      },
    ]);
    const text = JSON.stringify(page.body) + JSON.stringify((await snapshotOf(world.kiosk)).body);
    for (const secret of [
      '1980-04-02',
      '04-02',
      'he/him',
      'Martínez',
      'martinez',
      'consent',
      'St. Mary',
      'for Ana',
      'visit',
      'request',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('lets a kiosk long-poll: a waiting pull answers as soon as staff push something', async () => {
    const start = (await pull(world.staff, 0, '&limit=1000')).body.cursor;
    const waiting = pull(world.staff, start, '&wait=15');
    const laptop = staffDevice();
    const op = laptop.op({
      type: 'stock.received',
      payload: { itemId: testId('item'), quantity: 2, kind: 'donation' },
    });
    await expect.poll(() => world.server.app.heldPulls()).toBe(1);
    await push(world.staff, [op]);
    // Generous bound: the long-poll itself would end only after 15 s.
    const answer = await Promise.race([
      waiting,
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000)),
    ]);
    expect(answer).not.toBe('late');
    if (answer !== 'late') expect(answer.body.ops.map((o) => o.id)).toEqual([op.id]);
  });
});

describe('snapshot', () => {
  it('is the fold of every stored op, consistent with its cursor', async () => {
    const snapshot = await snapshotOf(world.staff);
    const rows = await world.server.peek<{ body: string }>(
      'SELECT body FROM ops WHERE cursor <= ? ORDER BY cursor',
      snapshot.body.cursor,
    );
    const folded = foldOps(rows.map((row) => JSON.parse(row.body) as Op));
    expect(new Map(snapshot.body.views.map((record) => [record.key, record.view]))).toEqual(folded);
    expect(snapshot.body.serverId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives a kiosk only the catalog, settings, stock and site views and the directory', async () => {
    const snapshot = await snapshotOf(world.kiosk);
    expect(new Set(snapshot.body.views.map((record) => record.view.kind))).toEqual(
      new Set(['item', 'settings', 'stock', 'site']),
    );
    expect(snapshot.body.directory.length).toBeGreaterThan(0);
  });
});

describe('shutdown', () => {
  it('answers a held long-poll when the server stops, instead of making shutdown wait for it', async () => {
    const own = await startSyncWorld();
    const waiting = pull(own.staff, 1_000_000, '&wait=15');
    await expect.poll(() => own.server.app.heldPulls()).toBe(1);
    const closed = own.server.close().then(() => 'closed' as const);
    // Generous bound: without the wake-up, closing would wait out the 15 s long-poll.
    const first = await Promise.race([
      closed,
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000)),
    ]);
    expect(first).toBe('closed');
    expect((await waiting).status).toBe(200);
  });
});
