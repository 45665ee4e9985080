/**
 * Playwright fixtures: each worker runs its own built server on a free port with a temporary
 * data folder; every page fails the test on a script error or a CSP violation.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { createFirstAdmin } from './support/accounts.js';
import { openKiosksAllDay } from './support/center.js';

export interface Fixtures {
  /** Messages the page logged as errors (CSP violations and uncaught exceptions included). */
  pageErrors: string[];
  /**
   * A server of the test's own, open all day, with only the seeded catalog: for checks that the
   * other tests' items (added to the worker's shared server) would crowd. Started only when asked for.
   */
  ownServer: ServerProcess;
}

export const test = base.extend<Fixtures, { server: ServerProcess }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      // Request logging on, as `npm start` runs: specs scan what the server logged (issue 20).
      const server = await startServerProcess({ env: { LOG_LEVEL: 'info' } });
      await createFirstAdmin(server);
      // Kiosk tests must not depend on the day they run: the kiosks start open.
      await openKiosksAllDay(server);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseUrl);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  ownServer: async ({}, use) => {
    const server = await startServerProcess();
    try {
      await createFirstAdmin(server);
      await openKiosksAllDay(server);
      await use(server);
    } finally {
      await server.stop();
    }
  },
  pageErrors: async ({ page }, use) => {
    const errors = collectPageErrors(page);
    await use(errors);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs every 4xx API answer (e.g. 401 "not signed in"), a 503 from a server that
    // is shutting down, and every API request made offline or to a server that is gone; the app
    // handles them all (sync backs off and retries) and says so on screen.
    const expectedApiAnswer =
      /^Failed to load resource: (the server responded with a status of (4\d\d|503)|net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET))/.test(
        message.text(),
      ) && new URL(message.location().url || 'http://x/').pathname.startsWith('/api/');
    if (!expectedApiAnswer) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Resolves once a service worker controls the page (the app then loads without a network). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/**
 * Takes the page's browser off the network once its service worker is in control. Until then a
 * chunk loaded on demand (the camera decoder, the card hasher) has nowhere to come from offline,
 * and on a busy machine the worker may still be precaching when a test is ready to cut the cord.
 */
export async function goOffline(page: Page): Promise<void> {
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
}

export { expect };
