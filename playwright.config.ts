/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser): real built server on a
 * free port, real service worker. Set CHROMIUM_PATH to use another Chromium binary.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'build/e2e-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Bounds that catch a hang, not budgets: on a loaded 2-core CI machine a long story (a whole
  // kiosk visit in two languages) took over a minute, and one screen change over 10 s. Every
  // wait is on visible state, so a passing test is no slower for these.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'build/reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
});
