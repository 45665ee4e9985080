import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageEstimate } from '../../../src/store/persistence.js';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', storage === undefined ? {} : { storage });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistentStorage', () => {
  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks, and reports what the browser decided', async () => {
    stubStorage({ persisted: async () => false, persist: async () => true });
    expect(await requestPersistentStorage()).toBe('persisted');
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe('notPersisted');
  });

  it('is notPersisted when the browser refuses to answer', async () => {
    stubStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('not allowed')) });
    expect(await requestPersistentStorage()).toBe('notPersisted');
  });

  it('is unsupported without navigator.storage', async () => {
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe('unsupported');
  });
});

describe('storageEstimate', () => {
  it('gives usage and quota in bytes', async () => {
    stubStorage({ estimate: async () => ({ usage: 1200, quota: 5_000_000 }) });
    expect(await storageEstimate()).toEqual({ usage: 1200, quota: 5_000_000 });
  });

  it('is null when the browser cannot say', async () => {
    stubStorage(undefined);
    expect(await storageEstimate()).toBeNull();
    stubStorage({ estimate: async () => ({}) });
    expect(await storageEstimate()).toBeNull();
  });
});
