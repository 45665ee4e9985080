import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_ID } from '../../src/core/sites/site.js';
import { closeDropinDb, openDropinDb } from '../../src/store/db.js';
import {
  getDeviceIdentity,
  identityFromPairing,
  markDeviceRevoked,
  saveDeviceIdentity,
} from '../../src/store/device-identity.js';
import { pairResponseFixture } from '../support/api-fixtures.js';
import { pairedIdentity } from '../support/device-fixtures.js';

const kiosk = pairedIdentity({ id: 'dev_1' }, { token: 'secret-token-1' });

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDropinDb();
});

describe('the browser database', () => {
  it('writes with strict durability, so a saved pairing survives a power cut', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await saveDeviceIdentity(kiosk);
      const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
      expect(writes.length).toBeGreaterThan(0);
      for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
    } finally {
      transaction.mockRestore();
    }
  });

  it('keeps what is stored when it is closed and opened again', async () => {
    await saveDeviceIdentity(kiosk);
    await closeDropinDb();
    expect(await getDeviceIdentity()).toEqual(kiosk);
  });
});

describe('device identity', () => {
  it('is null on a browser that was never paired', async () => {
    expect(await getDeviceIdentity()).toBeNull();
  });

  it('is null, not an exception, when the stored record is unreadable', async () => {
    const db = await openDropinDb();
    await db.put('meta', { id: 'x' }, 'deviceIdentity');
    expect(await getDeviceIdentity()).toBeNull();
  });

  it('marks a revoke on the record and keeps the rest of it, token included', async () => {
    await saveDeviceIdentity(kiosk);
    expect(await markDeviceRevoked()).toEqual({ ...kiosk, revoked: true });
    expect(await getDeviceIdentity()).toEqual({ ...kiosk, revoked: true });
  });

  it('does not touch other data in the database when revoked', async () => {
    await saveDeviceIdentity(kiosk);
    const db = await openDropinDb();
    await db.put('meta', { queued: 3 }, 'staffSession');
    await markDeviceRevoked();
    expect(await db.get('meta', 'staffSession')).toEqual({ queued: 3 });
  });

  it('ignores a revoke meant for an older token (the device was paired again since)', async () => {
    await saveDeviceIdentity({ ...kiosk, token: 'new-token' });
    expect(await markDeviceRevoked('old-token')).toBeNull();
    expect((await getDeviceIdentity())?.revoked).toBe(false);
    expect((await markDeviceRevoked('new-token'))?.revoked).toBe(true);
  });

  it('returns null when there is nothing to revoke', async () => {
    expect(await markDeviceRevoked()).toBeNull();
  });

  it('is replaced by pairing again after a revoke', async () => {
    await saveDeviceIdentity({ ...kiosk, revoked: true });
    const again = identityFromPairing(
      pairResponseFixture('token-2', { id: 'dev_2', name: 'Lobby tablet', pairedAt: '2026-11-29T18:00:00.000Z' }),
    );
    await saveDeviceIdentity(again);
    expect(await getDeviceIdentity()).toEqual({
      id: 'dev_2',
      name: 'Lobby tablet',
      role: 'kiosk',
      token: 'token-2',
      revoked: false,
      pairedAt: '2026-11-29T18:00:00.000Z',
      ticketLetter: 'A',
      site: DEFAULT_SITE_ID,
    });
  });
});
