/** The audit, reports and health areas of the storage contract. */
import { describe, expect, it } from 'vitest';
import { opBuilder, TEST_ITEM, testId } from '../../../support/op-factory.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

export function auditAndReportsContract(make: MakeStorage): void {
  describe('audit log', () => {
    const storage = freshStorageEach(make);

    it('lists entries newest first in pages, with the names of the actor and the device', async () => {
      const { audit } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      for (let i = 0; i < 5; i += 1) {
        await audit.record(minutesAfter(T0, i), { action: `thing.${i}`, actorId: ana.id, detail: { i } });
      }
      const first = await audit.list({ limit: 2 });
      expect(first.entries.map((entry) => entry.action)).toEqual(['thing.4', 'thing.3']);
      expect(first.entries[0]).toMatchObject({
        actor: 'ana Person',
        actorId: ana.id,
        deviceName: null,
        detail: { i: 4 },
      });
      expect(first.nextBefore).not.toBeNull();
      const second = await audit.list({ limit: 2, before: first.nextBefore ?? undefined });
      expect(second.entries.map((entry) => entry.action)).toEqual(['thing.2', 'thing.1']);
      const last = await audit.list({ limit: 2, before: second.nextBefore ?? undefined });
      expect(last).toMatchObject({ nextBefore: null });
      expect(last.entries.map((entry) => entry.action)).toEqual(['thing.0']);
    });
  });

  describe('reports and exports', () => {
    const storage = freshStorageEach(make);

    it('reads the reported ops in stored order, without profile views, and the HMIS source', async () => {
      const admin = await makeStaff(storage(), 'ana', 'admin');
      await storage().accounts.startSession('s', admin.id, null, T0);
      const laptop = opBuilder(testId('laptop'), admin.id);
      const itemId = testId('item');
      const ops = [
        laptop.op({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } }),
        laptop.op({ type: 'participant.viewed', payload: { participantId: testId('participant') } }),
        laptop.op({ type: 'stock.received', payload: { itemId, quantity: 3, kind: 'donation' } }),
      ];
      const stored = await storage().ops.push({
        ops,
        pusher: { staff: admin, device: undefined },
        now: minutesAfter(T0, 30),
      });
      expect(stored.accepted).toBe(3);
      expect((await storage().reports.reportOps()).map((op) => op.id)).toEqual([ops[0]?.id, ops[2]?.id]);
      const source = await storage().reports.hmisSource();
      expect(source.items.map((item) => item.kind)).toEqual(['item']);
      expect(source.participants).toEqual([]);
      expect(source.staff).toEqual([{ id: admin.id, displayName: 'ana Person', createdAt: T0.toISOString() }]);
    });
  });

  describe('health', () => {
    const storage = freshStorageEach(make);

    it('answers healthy with a schema version', async () => {
      expect(await storage().healthy()).toBe(true);
      expect(await storage().schemaVersion()).toBeGreaterThan(0);
    });
  });
}
