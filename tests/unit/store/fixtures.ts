/** Shared setup for store tests: a fresh fake IndexedDB per test, a settable clock, and drafts. */
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { vi } from 'vitest';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { closeDropinDb, type DropinDb, openDatabase } from '../../../src/store/db.js';
import { createOpStore, type OpAuthor, type OpStore } from '../../../src/store/op-store.js';

export const STAFF: OpAuthor = { deviceId: 'device_staff_1', actor: 'staff_maria' };
export const KIOSK: OpAuthor = { deviceId: 'device_kiosk_1', actor: null };

/** A wall clock the test moves by hand (ms). */
export interface TestClock {
  now: () => number;
  set(ms: number): void;
}

export function testClock(start = Date.UTC(2026, 10, 28, 18)): TestClock {
  let time = start;
  return {
    now: () => time,
    set(ms) {
      time = ms;
    },
  };
}

const open: DropinDb[] = [];

/** Gives this test an empty IndexedDB of its own (the app's singleton included). */
export async function freshIndexedDb(): Promise<void> {
  await closeAll();
  globalThis.indexedDB = new IDBFactory();
}

export async function closeAll(): Promise<void> {
  for (const db of open.splice(0)) db.close();
  await closeDropinDb();
}

/** One "device": its own database name, store and clock. */
export async function openDevice(
  name: string,
  clock = testClock(),
): Promise<{ db: DropinDb; store: OpStore; clock: TestClock }> {
  const db = await openDatabase(name);
  open.push(db);
  return { db, store: createOpStore(db, { now: clock.now }), clock };
}

export function received(itemId: string, quantity: number): OpDraft {
  return { type: 'stock.received', payload: { itemId, quantity, kind: 'donation' } };
}

export function adjusted(itemId: string, delta: number): OpDraft {
  return { type: 'stock.adjusted', payload: { itemId, delta, reason: 'damaged' } };
}

export function requestCreated(requestId: string, items: { itemId: string; quantity: number }[]): OpDraft {
  return {
    type: 'request.created',
    payload: { requestId, visitId: 'visit_00000001', day: '2026-11-28', participantId: null, ticket: 'A-17', items },
  };
}

export function requestFulfilled(requestId: string, handedOut: { itemId: string; quantity: number }[]): OpDraft {
  return { type: 'request.fulfilled', payload: { requestId, partial: false, handedOut } };
}

/** Everything a write could have touched, to compare before and after. */
export async function everything(db: DropinDb) {
  const tx = db.transaction(['ops', 'views', 'outbox', 'meta', 'rejected', 'directorySegments', 'sameDay']);
  const read = async (name: 'ops' | 'views' | 'outbox' | 'meta' | 'rejected' | 'directorySegments' | 'sameDay') => {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return keys.map((key, index) => [key, values[index]]);
  };
  const state = {
    ops: await read('ops'),
    views: await read('views'),
    outbox: await read('outbox'),
    meta: await read('meta'),
    rejected: await read('rejected'),
    directory: await read('directorySegments'),
    sameDay: await read('sameDay'),
  };
  await tx.done;
  return state;
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Every write request to `storeName` fails with QuotaExceededError, like a full disk, through
 * fake-indexeddb's internals (so the request fails as a browser's would, not the call).
 */
export function failRequestsTo(db: DropinDb, storeName: string) {
  const tx = db.transaction('meta');
  const raw = (unwrap(tx.objectStore('meta')) as unknown as { _rawObjectStore: object })._rawObjectStore;
  const proto = Object.getPrototypeOf(raw) as { storeRecord: (...args: unknown[]) => unknown };
  const original = proto.storeRecord;
  return vi.spyOn(proto, 'storeRecord').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === storeName) throw quotaError();
    return original.apply(this, args);
  });
}

/** A visitor's check-in on `day`, the `n`th of the test (its visit id is made from `n`). */
export function visitorCheckIn(n: number, day: string): OpDraft {
  return {
    type: 'visit.checkedIn',
    payload: { visitId: `visit_${String(n).padStart(8, '0')}`, day, ticket: null, who: 'visitor', name: null },
  };
}
