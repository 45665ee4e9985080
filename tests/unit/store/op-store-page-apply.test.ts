/**
 * A pulled page is folded in memory and written once (issue 19): the views and history it leaves
 * are those of applying its ops one by one, in any split into pages and with ids repeated, and
 * each view it changes is written once per page, not once per op. Acknowledging and refusing a
 * batch of outbox entries likewise.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import { SEGMENT_SIZE, TAIL_START } from '../../../src/core/kiosk/directory-segments.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { DropinDb } from '../../../src/store/db.js';
import type { PulledPage } from '../../../src/store/op-store.js';
import {
  adjusted,
  closeAll,
  freshIndexedDb,
  openDevice,
  received,
  requestCreated,
  requestFulfilled,
  STAFF,
} from './fixtures.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

function page(cursor: number, ops: readonly Op[]): PulledPage {
  return { serverId: 'server_1', cursor, ops: [...ops], views: [], directory: [] };
}

/** A floor's worth of ops from one staff device: receipts, adjustments, requests and hand-outs. */
async function floorOps(count: number): Promise<Op[]> {
  const { store } = await openDevice('maker');
  const ops: Op[] = [];
  for (let i = 0; ops.length < count; i += 1) {
    const itemId = `item_${i % 3}_soap`;
    const requestId = `req_${String(i).padStart(8, '0')}`;
    ops.push(await store.record(received(itemId, 4), STAFF));
    ops.push(await store.record(requestCreated(requestId, [{ itemId, quantity: 1 }]), STAFF));
    ops.push(await store.record(requestFulfilled(requestId, [{ itemId, quantity: 1 }]), STAFF));
    ops.push(await store.record(adjusted(itemId, -1), STAFF));
  }
  return ops.slice(0, count);
}

/** Counts the records fake-indexeddb stores into `storeName` (its internals: what a browser writes). */
function countWritesTo(db: DropinDb, storeName: string): { count: () => number; restore: () => void } {
  const tx = db.transaction('meta');
  const raw = (unwrap(tx.objectStore('meta')) as unknown as { _rawObjectStore: object })._rawObjectStore;
  const proto = Object.getPrototypeOf(raw) as { storeRecord: (...args: unknown[]) => unknown };
  const original = proto.storeRecord;
  let writes = 0;
  const spy = vi.spyOn(proto, 'storeRecord').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === storeName) writes += 1;
    return original.apply(this, args);
  });
  return { count: () => writes, restore: () => spy.mockRestore() };
}

describe('a pulled page, folded in memory', () => {
  it('leaves the views, log and history of applying its ops one by one, however they are paged or repeated', async () => {
    const ops = await floorOps(24);
    let device = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: ops.length - 1 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        async (picks, pageSize) => {
          const sent = picks.map((index) => ops[index] as Op);
          device += 1;
          const paged = await openDevice(`paged_${device}`);
          const oneByOne = await openDevice(`single_${device}`);
          for (let start = 0; start < sent.length; start += pageSize) {
            await paged.store.applyPulled(page(start + pageSize, sent.slice(start, start + pageSize)));
          }
          for (const [index, op] of sent.entries()) await oneByOne.store.applyPulled(page(index + 1, [op]));

          const views = await paged.store.allViews();
          expect(views).toEqual(await oneByOne.store.allViews());
          expect(views).toEqual(foldOps(sent));
          expect(await paged.store.allOps()).toEqual(await oneByOne.store.allOps());
          for (const itemId of ['item_0_soap', 'item_1_soap', 'item_2_soap']) {
            expect(await paged.store.history(`stock:${itemId}`)).toEqual(
              await oneByOne.store.history(`stock:${itemId}`),
            );
          }
          paged.db.close();
          oneByOne.db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('writes each view it changes once per page, not once per op', async () => {
    const ops = await floorOps(60);
    const { db, store } = await openDevice('puller');
    const touched = foldOps(ops);
    const writes = countWritesTo(db, 'views');
    try {
      expect(await store.applyPulled(page(60, ops))).toBe(60);
    } finally {
      writes.restore();
    }
    // 3 stock views and 15 request views, though 60 ops changed them (a hand-out changes two).
    expect(touched.size).toBe(18);
    expect(writes.count()).toBe(touched.size);
  });

  it('counts only the ops that were new, each once', async () => {
    const ops = await floorOps(8);
    const { store } = await openDevice('counter');
    expect(await store.applyPulled(page(4, ops.slice(0, 4)))).toBe(4);
    expect(await store.applyPulled(page(8, [...ops, ...ops]))).toBe(4);
    expect(await store.allOps()).toHaveLength(8);
  });
});

describe('outbox batches', () => {
  it('acknowledges a whole batch at once, ignoring ids it does not hold', async () => {
    const { store } = await openDevice('sender');
    const ops: Op[] = [];
    for (let i = 0; i < 30; i += 1) ops.push(await store.record(received('item_soap', 1), STAFF));
    await store.acknowledge([...ops.slice(0, 20).map((op) => op.id), 'op_not_here_1', ops[0]?.id as string]);
    expect((await store.outboxBatch(100)).map((op) => op.id)).toEqual(ops.slice(20).map((op) => op.id));
  });

  it('moves refused ops aside once each, with the first reason given', async () => {
    const { store } = await openDevice('refused');
    const first = await store.record(received('item_soap', 1), STAFF);
    const second = await store.record(received('item_soap', 2), STAFF);
    await store.reject([
      { id: first.id, reason: 'unknown_item', message: 'first' },
      { id: first.id, reason: 'other', message: 'again' },
      { id: 'op_not_here_1', reason: 'x', message: 'y' },
    ]);
    expect((await store.outboxBatch(10)).map((op) => op.id)).toEqual([second.id]);
    expect((await store.rejectedOps()).map(({ op, reason }) => [op.id, reason])).toEqual([[first.id, 'unknown_item']]);
  });
});

describe('a directory arriving in pages', () => {
  const person = (n: number) => ({
    participantId: `part_${String(n).padStart(5, '0')}`,
    firstName: ['Ana', 'Rosa', 'Luis'][n % 3] as string,
    lastInitial: 'R',
    searchKeys: [['ana', 'rosa', 'luis'][n % 3] as string],
    active: true,
    birthdayCheck: null,
    cardHashes: [],
    language: null,
  });

  it('is appended while pages come, and rewritten once, after the last one, with people grouped by name', async () => {
    const { db, store } = await openDevice('directory-pages');
    const people = Array.from({ length: 1_200 }, (_, n) => person(n));
    for (let start = 0; start < people.length; start += 300) {
      const more = start + 300 < people.length;
      await store.applyPulled({ ...page(start / 300 + 1, []), more, directory: people.slice(start, start + 300) });
      // Appended in the tail while more pages wait; at rest, one rewrite of everyone (5 segments).
      const inTail = await db.count('directorySegments', IDBKeyRange.lowerBound(TAIL_START));
      expect(inTail).toBe(more ? Math.ceil((start + 300) / SEGMENT_SIZE) : 0);
    }
    expect(await db.count('directorySegments')).toBe(5);
    expect(await store.getCursor()).toEqual({ serverId: 'server_1', cursor: 4 });
    for (const name of ['ana', 'rosa', 'luis']) {
      // 400 people side by side span two or three segments of 250, of five.
      expect((await db.getAllFromIndex('directorySegments', 'bySearchKey', name)).length).toBeLessThanOrEqual(3);
      expect(await store.directoryBySearchKey(name)).toHaveLength(400);
    }
  });
});
