/**
 * The new-ops signal of the storage contract: listeners hear that ops were stored (by a push or
 * by the server itself), after the commit, and an unsubscribed one no longer does. On an engine
 * that tells other processes (PostgreSQL) it arrives a moment later, so the tests wait for it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Op } from '../../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, testId } from '../../../support/op-factory.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

/** Long enough for a notification on a busy machine; waitFor returns as soon as it came. */
const HEARD = { timeout: 10_000, interval: 10 };

export function newOpsContract(make: MakeStorage): void {
  describe('new ops signal', () => {
    const storage = freshStorageEach(make);

    it('tells listeners once per push that stored ops, none for a push of duplicates, and not after unsubscribe', async () => {
      const { ops, accounts } = storage();
      const staff = await makeStaff(storage(), 'sam');
      await accounts.startSession('session-sam', staff.id, null, T0);
      const pusher = { staff, device: undefined };
      const laptop = opBuilder(testId('laptop'), staff.id);
      const stock = (quantity: number) =>
        laptop.op({ type: 'stock.received', payload: { itemId: testId('item'), quantity, kind: 'donation' } });
      const push = (batch: readonly Op[]) => ops.push({ ops: batch, pusher, now: minutesAfter(T0, 30) });

      let heard = 0;
      let heardWhileUnsubscribed = 0;
      const stop = storage().onNewOps(() => {
        heard += 1;
      });
      storage().onNewOps(() => {
        heardWhileUnsubscribed += 1;
      })();

      const first = stock(1);
      expect((await push([first])).accepted).toBe(1);
      await vi.waitFor(() => expect(heard).toBe(1), HEARD);

      // Notifications arrive in commit order: had the duplicate push told anyone, `heard` would
      // pass 2 by the time the next push's notification has come.
      expect((await push([first])).accepted).toBe(0);
      expect((await push([stock(2), stock(3)])).accepted).toBe(2);
      await vi.waitFor(() => expect(heard).toBeGreaterThanOrEqual(2), HEARD);
      expect(heard).toBe(2);
      expect(heardWhileUnsubscribed).toBe(0);

      stop();
      let heardLater = 0;
      storage().onNewOps(() => {
        heardLater += 1;
      });
      expect((await push([stock(4)])).accepted).toBe(1);
      await vi.waitFor(() => expect(heardLater).toBe(1), HEARD);
      expect(heard).toBe(2);
    });

    it('tells listeners when the server appended its own ops', async () => {
      const { ops } = storage();
      let heard = 0;
      storage().onNewOps(() => {
        heard += 1;
      });
      const make = (serverId: string): Op[] => [
        opBuilder(`srv_${serverId}`, null).op({
          type: 'catalog.itemAdded',
          payload: { itemId: 'item_seeded', item: TEST_ITEM },
        }),
      ];
      expect(await ops.appendServerOpsOnce('seeded', T0, make)).toBe(true);
      await vi.waitFor(() => expect(heard).toBe(1), HEARD);
    });
  });
}
