/** The op log area of the storage contract: push with its rules, pull pages per scope, snapshots, server ops. */
import { describe, expect, it } from 'vitest';
import type { Pusher, Storage } from '../../../../server/storage/types.js';
import { readFeedPage } from '../../../../server/sync/feed.js';
import type { StaffAccount } from '../../../../src/core/auth/api.js';
import { applyOp, foldOps } from '../../../../src/core/fold/apply.js';
import type { View } from '../../../../src/core/fold/views.js';
import type { Op } from '../../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, testId } from '../../../support/op-factory.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

const TEST_ITEM_ID = 'item_batch_sessions';

/** A staff member signed in (no paired device) from T0, and what they push as. */
async function signedInStaff(storage: Storage, loginName: string): Promise<{ staff: StaffAccount; pusher: Pusher }> {
  const staff = await makeStaff(storage, loginName);
  await storage.accounts.startSession(`session-${loginName}`, staff.id, null, T0);
  return { staff, pusher: { staff, device: undefined } };
}

const NOW = minutesAfter(T0, 30);

export function opLogContract(make: MakeStorage): void {
  describe('op log', () => {
    const storage = freshStorageEach(make);
    const push = (pusher: Pusher, ops: readonly unknown[]) => storage().ops.push({ ops, pusher, now: NOW });

    it('has a server id that stays, and cursor 0 before any op', async () => {
      const { ops } = storage();
      const id = await ops.serverId();
      expect(id).toMatch(/^\w{8,}$/);
      expect(await ops.serverId()).toBe(id);
      expect(await ops.latestCursor()).toBe(0);
    });

    it('judges each op of one batch by the sessions at its own time, however far apart the ops are', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      // Signed out an hour after T0; signed in again two days later.
      await storage().accounts.endSession('session-sam', minutesAfter(T0, 60), {
        action: 'session.ended',
        actorId: staff.id,
        deviceId: null,
        detail: {},
      });
      await storage().accounts.startSession('session-sam-2', staff.id, null, minutesAfter(T0, 2 * 24 * 60));
      // Two laptops (a device's own stamps only move forward), taking turns in one push.
      const first = opBuilder(testId('laptop'), staff.id, T0.getTime());
      const second = opBuilder(testId('laptop'), staff.id, T0.getTime());
      const stock = () =>
        ({ type: 'stock.received', payload: { itemId: TEST_ITEM_ID, quantity: 1, kind: 'donation' } }) as const;
      const at = (minutes: number) => ({ now: minutesAfter(T0, minutes).getTime() });
      const batch = [
        first.op(stock(), at(1)), // the first session
        second.op(stock(), at(24 * 60)), // between the two: signed out
        second.op(stock(), at(2 * 24 * 60 + 60)), // the second session
        first.op(stock(), at(2)), // the first session again, two days before the op above
      ];
      const stored = await storage().ops.push({ ops: batch, pusher, now: minutesAfter(T0, 2 * 24 * 60 + 90) });
      expect(stored.results.map((result) => result.reason ?? result.status)).toEqual([
        'accepted',
        'actor_not_signed_in',
        'accepted',
        'accepted',
      ]);
    });

    it('stores a batch once: accepted, then duplicate; refuses bad ops without blocking the rest', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      const laptop = opBuilder(testId('laptop'), staff.id);
      const itemId = testId('item');
      const good = laptop.op({ type: 'stock.received', payload: { itemId, quantity: 10, kind: 'donation' } });
      const later = laptop.op({ type: 'stock.handedOut', payload: { itemId, quantity: 3 } });
      const first = await push(pusher, [good, 'not an op', later]);
      expect(first.accepted).toBe(2);
      expect(first.results.map((result) => result.status)).toEqual(['accepted', 'rejected', 'accepted']);
      expect(first.results[1]).toMatchObject({ id: '#1', reason: 'invalid' });
      const again = await push(pusher, [good, later]);
      expect(again).toEqual({ accepted: 0, results: [good, later].map((op) => ({ id: op.id, status: 'duplicate' })) });
      const conflict = await push(pusher, [{ ...good, payload: { ...good.payload, quantity: 99 } }]);
      expect(conflict.results[0]?.reason).toBe('id_conflict');
      expect(await storage().ops.latestCursor()).toBeGreaterThan(0);
    });

    it('folds a batch into the views its ops make one by one, each with the cursor of the last op that changed it', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      const laptop = opBuilder(testId('laptop'), staff.id);
      const items = [testId('item'), testId('item'), testId('item')];
      const batch: Op[] = [];
      for (let i = 0; i < 30; i += 1) {
        const itemId = items[(i * 7) % items.length] as string;
        const requestId = `req_batch_${i % 4}_x`;
        batch.push(
          i % 3 === 0
            ? laptop.op({ type: 'stock.received', payload: { itemId, quantity: 5 + i, kind: 'donation' } })
            : i % 3 === 1
              ? laptop.op({ type: 'stock.handedOut', payload: { itemId, quantity: 1 } })
              : laptop.op({
                  type: 'request.created',
                  payload: {
                    requestId,
                    visitId: testId('visit'),
                    day: '2026-11-28',
                    participantId: null,
                    ticket: 'A-1',
                    items: [{ itemId, quantity: 1 }],
                  },
                }),
        );
      }
      const base = await storage().ops.latestCursor();
      expect((await push(pusher, batch)).accepted).toBe(batch.length);

      // The views, as the pure fold makes them from the same ops.
      const snapshot = await storage().ops.snapshot('staff', NOW);
      expect(new Map(snapshot.views.map((record) => [record.key, record.view]))).toEqual(foldOps(batch));

      // Each view's cursor: a kiosk pull from any cursor carries exactly the stock views changed after it.
      const lastChange = new Map<string, number>();
      const running = new Map<string, View>();
      batch.forEach((op, index) => {
        for (const [key, view] of applyOp(op, (k) => running.get(k))) {
          running.set(key, view);
          lastChange.set(key, base + index + 1);
        }
      });
      for (let after = base; after <= base + batch.length; after += 1) {
        const page = await storage().ops.pullPage('kiosk', after, 1000);
        const expected = [...lastChange].filter(([key, cursor]) => key.startsWith('stock:') && cursor > after);
        expect(page.views.map((record) => record.key).sort()).toEqual(expected.map(([key]) => key).sort());
      }
    });

    it('refuses an op in the name of someone not signed in, and audits the attempt in the same push', async () => {
      const { pusher } = await signedInStaff(storage(), 'sam');
      const other = await makeStaff(storage(), 'absent');
      const forged = opBuilder(testId('laptop'), other.id).op({
        type: 'stock.received',
        payload: { itemId: testId('item'), quantity: 1, kind: 'donation' },
      });
      const stored = await push(pusher, [forged]);
      expect(stored.results[0]?.reason).toBe('actor_not_signed_in');
      const [entry] = (await storage().audit.list({ limit: 5 })).entries;
      expect(entry).toMatchObject({
        action: 'sync.refused',
        actorId: pusher.staff?.id,
        detail: { reason: 'actor_not_signed_in', count: 1 },
      });
      expect(await storage().ops.latestCursor()).toBe(0);
    });

    it('notes the pushing device’s sync in the same call', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      const { devices } = storage();
      await devices.createPairingCode(
        { codeHash: 'c', name: 'Kiosk', role: 'kiosk', createdBy: staff.id, expiresAt: minutesAfter(T0, 10) },
        T0,
        { action: 'pairing.created' },
      );
      const kiosk = await devices.pair({ codeHash: 'c', id: 'kiosk_device_1', tokenHash: 't', at: T0 }, () => ({
        action: 'device.paired',
      }));
      const checkIn = opBuilder('kiosk_device_1', null).op({
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name: null },
      });
      const stored = await storage().ops.push({
        ops: [checkIn],
        pusher: { device: kiosk, staff: undefined },
        now: NOW,
        noteSyncOf: 'kiosk_device_1',
      });
      expect(stored.results).toEqual([{ id: checkIn.id, status: 'accepted' }]);
      expect((await devices.find('kiosk_device_1'))?.lastSyncAt).toBe(NOW.toISOString());
      // A kiosk may not receive stock on its own.
      const stock = opBuilder('kiosk_device_1', null).op({
        type: 'stock.received',
        payload: { itemId: testId('item'), quantity: 1, kind: 'donation' },
      });
      expect((await push({ device: kiosk, staff: undefined }, [stock])).results[0]?.reason).toBe('forbidden');
      expect(pusher.staff).toBeDefined();
    });

    it('pulls pages after a cursor: every op for staff; catalog ops, changed stock and no profiles for a kiosk', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      const laptop = opBuilder(testId('laptop'), staff.id);
      const itemId = testId('item');
      const pushed: Op[] = [
        laptop.op({ type: 'stock.received', payload: { itemId, quantity: 4, kind: 'donation' } }),
        laptop.op({ type: 'participant.viewed', payload: { participantId: testId('participant') } }),
        laptop.op({ type: 'stock.received', payload: { itemId, quantity: 1, kind: 'purchase' } }),
      ];
      expect((await push(pusher, pushed)).accepted).toBe(3);
      const { ops } = storage();
      const serverId = await ops.serverId();

      const page = readFeedPage(await ops.pullPage('staff', 0, 2));
      expect(page).toMatchObject({ serverId, more: true, views: [], directory: [] });
      expect(page.ops.map((op) => op.id)).toEqual([pushed[0]?.id]); // the profile view is never sent back
      const rest = readFeedPage(await ops.pullPage('staff', page.cursor, 2));
      expect(rest.ops.map((op) => op.id)).toEqual([pushed[2]?.id]);
      expect(rest.more).toBe(false);
      expect(rest.cursor).toBe(await ops.latestCursor());
      expect(readFeedPage(await ops.pullPage('staff', rest.cursor, 2))).toMatchObject({
        cursor: rest.cursor,
        ops: [],
        more: false,
      });

      const kiosk = readFeedPage(await ops.pullPage('kiosk', 0, 100));
      expect(kiosk.ops).toEqual([]);
      expect(kiosk.views.map((record) => record.view.kind)).toEqual(['stock']);
      expect(readFeedPage(await ops.pullPage('display', 0, 100)).ops).toEqual([]);
    });

    it('gives snapshots per scope, consistent with the latest cursor', async () => {
      const { staff, pusher } = await signedInStaff(storage(), 'sam');
      const admin = await makeStaff(storage(), 'ana', 'admin');
      await storage().accounts.startSession('session-ana', admin.id, null, T0);
      const itemId = testId('item');
      const laptop = opBuilder(testId('laptop'), admin.id);
      await push({ staff: admin, device: undefined }, [
        laptop.op({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } }),
      ]);
      await push(pusher, [
        opBuilder(testId('laptop'), staff.id).op({
          type: 'stock.received',
          payload: { itemId, quantity: 2, kind: 'donation' },
        }),
      ]);
      const { ops } = storage();
      const cursor = await ops.latestCursor();
      const forStaff = await ops.snapshot('staff', NOW);
      expect(forStaff.cursor).toBe(cursor);
      expect(forStaff.views.map((record) => record.view.kind).sort()).toEqual(['item', 'stock']);
      const forKiosk = await ops.snapshot('kiosk', NOW);
      expect(forKiosk.views.map((record) => record.view.kind).sort()).toEqual(['item', 'stock']);
      expect(forKiosk.directory).toEqual([]);
      expect((await ops.snapshot('display', NOW)).views).toEqual([]);
    });

    it('appends the server’s own ops once per marker', async () => {
      const { ops } = storage();
      const make = (serverId: string): Op[] => [
        opBuilder(`srv_${serverId}`, null).op({
          type: 'catalog.itemAdded',
          payload: { itemId: 'item_seeded', item: TEST_ITEM },
        }),
      ];
      expect(await ops.appendServerOpsOnce('seeded', T0, make)).toBe(true);
      expect(await ops.appendServerOpsOnce('seeded', T0, make)).toBe(false);
      const page = readFeedPage(await ops.pullPage('kiosk', 0, 10));
      expect(page.ops.map((op) => op.deviceId)).toEqual([`srv_${await ops.serverId()}`]);
    });
  });
}
