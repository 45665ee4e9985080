/** Where the browser refuses a service worker, the app says it is online-only and throws nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineReady, type ServiceWorkerHost, startServiceWorker } from '../../../src/pwa/register.js';

function fakeHost(register: () => Promise<undefined>): ServiceWorkerHost {
  return {
    addEventListener: () => undefined,
    register,
    update: () => Promise.reject(new Error('blocked')),
    messageSkipWaiting: () => undefined,
  } as unknown as ServiceWorkerHost;
}

const container = { controller: null, addEventListener: () => undefined } as unknown as ServiceWorkerContainer;

afterEach(() => {
  vi.useRealTimers();
});

describe('registering the service worker', () => {
  it('leaves no unhandled rejection when service workers are blocked, and is not offline-ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      offlineReady.value = true;
      startServiceWorker(
        fakeHost(() => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'))),
        container,
      );
      vi.advanceTimersByTime(60 * 60 * 1000); // the hourly update check rejects too
      await vi.waitFor(() => expect(offlineReady.value).toBe(false));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
