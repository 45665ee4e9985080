/**
 * A real kiosk for browser benchmarks: the built server, a participant with a card printed by
 * our print code, and a paired kiosk in a Chromium whose fake camera shows that card.
 */
import { join } from 'node:path';
import { type Browser, chromium, expect, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createFirstAdmin } from '../../../tests/e2e/support/accounts.js';
import { enrollThroughConsole, printCard } from '../../../tests/e2e/support/cards.js';
import { openKiosksAllDay } from '../../../tests/e2e/support/center.js';
import { browserWithCameraShowing, videoFolder } from '../../../tests/e2e/support/fake-camera.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from '../../../tests/e2e/support/flows.js';
import type { Y4mOptions } from '../../../tests/e2e/support/y4m.js';
import { type ServerProcess, startServerProcess } from '../../../tests/support/server-process.js';

export interface KioskWithCard {
  readonly page: Page;
  /** The printed card's payload, for the keyboard-scanner path. */
  readonly payload: string;
  close(): Promise<void>;
}

/** Needs `npm run build` first: the server and the app are the built ones. */
export async function openKioskWithCard(placement: Y4mOptions): Promise<KioskWithCard> {
  const server: ServerProcess = await startServerProcess();
  const folder = videoFolder();
  const browsers: Browser[] = [];
  const close = async () => {
    for (const browser of browsers) await browser.close();
    await server.stop();
    folder.remove();
  };
  try {
    await createFirstAdmin(server);
    await openKiosksAllDay(server);
    const staffBrowser = await chromium.launch(chromiumLaunchOptions());
    browsers.push(staffBrowser);
    // Printed at twice the pixels, like a card from a real printer.
    const staffPage = await (
      await staffBrowser.newContext({ baseURL: server.baseUrl, deviceScaleFactor: 2 })
    ).newPage();
    await openConsoleAsAdmin(staffPage, server);
    const participant = await enrollThroughConsole(staffPage, { preferredName: 'Benchita', language: 'en' });
    const card = await printCard(staffPage, participant);
    await waitUntilSynced(staffPage);

    const withCard = await browserWithCameraShowing(card.png, join(folder.path, 'card.y4m'), placement);
    browsers.push(withCard);
    const context = await withCard.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const kiosk = await openPairedKiosk(page, server);
    await kiosk.syncNow();
    await expect(kiosk.heading('Welcome')).toBeVisible();
    return { page, payload: card.payload, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * From a freshly opened welcome screen: ms from `start` until the needs screen's heading is in
 * the page, timed inside the page so Playwright's round trips and polling are not counted.
 * `camera` taps "Scan my card" (camera start, decoding, look-up); `keyboard` types the card as a
 * USB scanner would (look-up only): the floor for any card check-in.
 */
export async function msUntilNeedsScreen(page: Page, start: 'camera' | 'keyboard', payload: string): Promise<number> {
  await page.goto('/kiosk');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  // The screen paints before its effects run (the scanner's key listener among them); nobody
  // scans within a frame of the welcome appearing, so let it settle, untimed.
  await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 250))));
  return page.evaluate(
    ([how, text]) =>
      new Promise<number>((resolve, reject) => {
        const headings = () => [...document.querySelectorAll('h1')].map((h1) => h1.textContent);
        const arrived = () => headings().includes('What do you need today?');
        const observer = new MutationObserver(() => {
          if (!arrived()) return;
          observer.disconnect();
          clearTimeout(stuck);
          resolve(performance.now() - began);
        });
        // A card that never reads must fail the run, not hang it.
        const stuck = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no needs screen after 30 s; the page says: ${headings().join(' | ')}`));
        }, 30_000);
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
