/**
 * Playwright fixtures: each worker runs its own built server on a free port with a temporary
 * data folder; every page fails the test on a script error or a CSP violation.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';

export interface Fixtures {
  /** Messages the page logged as errors (CSP violations and uncaught exceptions included). */
  pageErrors: string[];
}

export const test = base.extend<Fixtures, { server: ServerProcess }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startServerProcess();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseUrl);
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
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Resolves once a service worker controls the page (the app then loads without a network). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

export { expect };
