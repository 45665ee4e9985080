/**
 * A real kiosk for browser benchmarks: the built server, a participant with a card printed by
 * our print code, and a paired kiosk in a Chromium whose fake camera shows that card.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, expect, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import type { KioskPage } from '../../tests/e2e/pages/kiosk-page.js';
import { createFirstAdmin } from '../../tests/e2e/support/accounts.js';
import { enrollThroughConsole, printCard } from '../../tests/e2e/support/cards.js';
import { openKiosksAllDay } from '../../tests/e2e/support/center.js';
import { browserWithCameraShowing } from '../../tests/e2e/support/fake-camera.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from '../../tests/e2e/support/flows.js';
import type { Y4mOptions } from '../../tests/e2e/support/y4m.js';
import { type ServerProcess, startServerProcess } from '../../tests/support/server-process.js';

export interface KioskInBrowser {
  readonly kiosk: KioskPage;
  readonly page: Page;
  /** The printed card's payload, for the keyboard-scanner path. */
  readonly payload: string;
  readonly name: string;
  close(): Promise<void>;
}

/** Needs `npm run build` first (the server and the app are the built ones). */
export async function openKioskWithCard(placement: Y4mOptions): Promise<KioskInBrowser> {
  const server: ServerProcess = await startServerProcess();
  const folder = mkdtempSync(join(tmpdir(), 'lead-bench-camera-'));
  const browsers: Browser[] = [];
  const close = async () => {
    for (const browser of browsers) await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await createFirstAdmin(server);
    await openKiosksAllDay(server);
    const staffBrowser = await chromium.launch(chromiumLaunchOptions());
    browsers.push(staffBrowser);
    const staffPage = await (await staffBrowser.newContext({ deviceScaleFactor: 2 })).newPage();
    await openConsoleAsAdmin(staffPage, server);
    const name = 'Benchita';
    const participant = await enrollThroughConsole(staffPage, { preferredName: name, language: 'en' });
    const card = await printCard(staffPage, participant);
    await waitUntilSynced(staffPage);

    const withCard = await browserWithCameraShowing(card.png, join(folder, 'card.y4m'), placement);
    browsers.push(withCard);
    const page = await (await withCard.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const kiosk = await openPairedKiosk(page, server);
    await kiosk.syncNow();
    await expect(kiosk.heading('Welcome')).toBeVisible();
    return { kiosk, page, payload: card.payload, name, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * From the welcome screen: ms from `start` (run in the page) until the needs screen's heading is
 * in the page, timed inside the page so Playwright's round trips and polling are not counted.
 */
export async function msUntilNeedsScreen(page: Page, start: 'camera' | 'keyboard', payload: string): Promise<number> {
  await page.goto('/kiosk');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  return page.evaluate(
    ([how, text]) =>
      new Promise<number>((resolve) => {
        const arrived = () => document.querySelector('h1')?.textContent === 'What do you need today?';
        const observer = new MutationObserver(() => {
          if (!arrived()) return;
          observer.disconnect();
          resolve(performance.now() - began);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const began = performance.now();
        if (how === 'camera') {
          const scan = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Scan my card'));
          scan?.click();
        } else {
          // A USB scanner: the payload and Enter within a few milliseconds (useCardWedge).
          for (const key of [...text, 'Enter']) {
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
          }
        }
      }),
    [start, payload] as const,
  );
}
