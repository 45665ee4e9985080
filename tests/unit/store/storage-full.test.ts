/**
 * fake-indexeddb has no quota, so these tests make it fail the way browsers do, through its
 * internals: a write request that fails with QuotaExceededError (Firefox), or a transaction
 * aborted with QuotaExceededError as its error (Chrome, at commit). Each test checks its
 * simulation ran, so a change in fake-indexeddb fails loudly instead of passing quietly.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../src/store/storage-errors.js';
import { closeAll, everything, failRequestsTo, freshIndexedDb, openDevice, received, STAFF } from './fixtures.js';

/** The transaction is aborted with QuotaExceededError right after the write of `key` to `meta` succeeded. */
function abortAtCommitAfterMeta(key: string) {
  const original = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = original.apply(this, args);
    if (this.name === 'meta' && args[1] === key) {
      const tx = this.transaction as unknown as { _abort(name: string): void };
      request.addEventListener('success', () => tx._abort('QuotaExceededError'));
    }
    return request;
  });
}

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

describe('a full device', () => {
  it('turns a failed write request into StorageFullError and keeps nothing', async () => {
    const { db, store } = await openDevice('full-request');
    await store.record(received('item_soap', 5), STAFF);
    const before = await everything(db);
    const spy = failRequestsTo(db, 'outbox');

    const error = await store.record(received('item_soap', 3), STAFF).catch((caught: unknown) => caught);
    expect(spy).toHaveBeenCalled();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(
      'The storage on this device is full, so nothing was saved. Free up space on the device, then try again.',
    );
    spy.mockRestore();
    expect(await everything(db)).toEqual(before);
  });

  // After 'opSeq' one request is still pending and fails with AbortError; after 'clock' all succeeded.
  it.each(['opSeq', 'clock'])('turns a transaction aborted for quota (after %s) into StorageFullError', async (key) => {
    const { db, store } = await openDevice(`full-commit-${key}`);
    await store.record(received('item_soap', 5), STAFF);
    const before = await everything(db);
    const spy = abortAtCommitAfterMeta(key);

    await expect(store.record(received('item_soap', 3), STAFF)).rejects.toBeInstanceOf(StorageFullError);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(await everything(db)).toEqual(before);
  });

  it('does not move the cursor or apply any op of a pulled page it could not store', async () => {
    const staff = await openDevice('full-staff');
    const ops = [
      await staff.store.record(received('item_soap', 5), STAFF),
      await staff.store.record(received('item_soap', 2), STAFF),
    ];
    const kiosk = await openDevice('full-kiosk');
    const before = await everything(kiosk.db);
    const spy = failRequestsTo(kiosk.db, 'directorySegments');
    const entry = {
      participantId: 'part_0001',
      firstName: 'Ana',
      lastInitial: 'R',
      searchKeys: ['ana'],
      active: true,
      birthdayCheck: null,
      cardHashes: [],
    };

    await expect(
      kiosk.store.applyPulled({ serverId: 'srv', cursor: 2, ops, views: [], directory: [entry] }),
    ).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await everything(kiosk.db)).toEqual(before);
    expect(await kiosk.store.getCursor()).toBeNull();
  });
});
