/**
 * Kiosk soak: 1,000 check-ins with requests in one tab, through the screens, as fast as they go:
 * a card typed by a USB scanner (keyboard wedge), a group and an item tapped, "Send my request",
 * "Done", back to Welcome. Online, so every check-in is pushed and the retention purge runs after
 * each answered push, as on a real day. Every 100, at rest (nothing left to push, so a push or
 * purge in flight is not read as growth): the JS heap after a full GC (CDP
 * `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`) and the DOM node count, both on
 * the Welcome screen. Growth is read against the figure after the first 100. A 20,000-person
 * directory; each check-in is a different person's first visit. Records `kiosk-soak-heap` and
 * `kiosk-soak-dom`.
 */
import { expect, type Page, test } from '@playwright/test';
import { recordFigure } from './support/figure.js';
import { benchDirectory, openBenchKiosk, seedDirectory } from './support/kiosk-bench.js';

const CHECK_INS = Number(process.env.BENCH_SOAK_CHECK_INS ?? 1_000);
const EVERY = 100;

/** Check-ins with a request for each payload, through the kiosk's screens, inside the page. */
function checkInWithRequests(page: Page, payloads: readonly string[]): Promise<void> {
  return page.evaluate(async (cards) => {
    const headings = () => [...document.querySelectorAll('h1')].map((h1) => h1.textContent?.trim() ?? '');
    const until = <T>(find: () => T | null | undefined | false, what: string) =>
      new Promise<T>((resolve, reject) => {
        const found = find();
        if (found) return resolve(found);
        const observer = new MutationObserver(() => {
          const now = find();
          if (!now) return;
          observer.disconnect();
          clearTimeout(stuck);
          resolve(now);
        });
        const stuck = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no ${what} after 30 s; the page says: ${headings().join(' | ')}`));
        }, 30_000);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    // By id and class, not words: each person's preferred language (English, Spanish) is spoken.
    const heading = (id: string) => () => document.getElementById(id) !== null;
    const button = (selector: string) => () => {
      const found = document.querySelector<HTMLButtonElement>(selector);
      return found && !found.disabled ? found : null;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    for (const card of cards) {
      await until(heading('kiosk-welcome-title'), 'Welcome');
      // The wedge's listener reads the step as of the last render: let Welcome's effects run.
      await frame();
      for (const key of [...card, 'Enter']) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      }
      await until(heading('kiosk-needs-title'), 'needs screen');
      (await until(() => document.querySelector<HTMLButtonElement>('.kiosk-group-tile'), 'group tile')).click();
      (await until(() => document.querySelector<HTMLButtonElement>('.kiosk-tile__toggle'), 'item tile')).click();
      (await until(button('.kiosk-needs__send .button--primary'), 'Send')).click();
      await until(heading('kiosk-done-title'), 'ticket screen');
      (await until(button('.kiosk-done .kiosk-actions .button--primary'), 'Done')).click();
    }
    await until(heading('kiosk-welcome-title'), 'Welcome');
  }, payloads);
}

test('kiosk soak: 1,000 check-ins with requests in one tab', async () => {
  test.setTimeout(300_000);
  const kiosk = await openBenchKiosk();
  try {
    const { page } = kiosk;
    const directory = benchDirectory(20_000);
    await seedDirectory(page, directory.entries);
    const cdp = await page.context().newCDPSession(page);
    const sample = async (checkIns: number) => {
      // At rest: the check-ins pushed and purged, so a push or purge in flight is not counted as growth.
      await expect
        .poll(() => page.evaluate(async () => (await window.leadDropin?.status())?.pending), { timeout: 60_000 })
        .toBe(0);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const metrics = await cdp.send('Performance.getMetrics');
      const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      return {
        checkIns,
        heapMB: heap.usedSize / 1_000_000,
        domNodes,
        // Every node the renderer holds, detached ones included.
        rendererNodes: metrics.metrics.find((metric) => metric.name === 'Nodes')?.value ?? null,
        listeners: metrics.metrics.find((metric) => metric.name === 'JSEventListeners')?.value ?? null,
      };
    };
    await cdp.send('Performance.enable');
    const started = Date.now();
    const points = [];
    for (let done = 0; done < CHECK_INS; done += EVERY) {
      await checkInWithRequests(page, directory.tokens.slice(done, done + EVERY));
      points.push(await sample(done + EVERY));
    }
    const soakMs = Date.now() - started;
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) throw new Error('no soak samples');
    const perThousand = ((last.heapMB - first.heapMB) / (last.checkIns - first.checkIns)) * 1000;
    const pending = await page.evaluate(async () => (await window.leadDropin?.status())?.pending);
    recordFigure('kiosk-soak-heap', {
      measured: {
        value: perThousand,
        unit: 'MB',
        note: `${first.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB after GC, ${last.checkIns} check-ins`,
      },
      baseline: { value: first.heapMB, unit: 'MB', note: `after the first ${first.checkIns}` },
      met: perThousand <= 1,
      details: { points, soakMs, pendingAtEnd: pending },
    });
    recordFigure('kiosk-soak-dom', {
      measured: {
        value: last.domNodes,
        unit: 'nodes',
        note: `renderer nodes ${first.rendererNodes} → ${last.rendererNodes}`,
      },
      baseline: { value: first.domNodes, unit: 'nodes' },
      ratio: last.domNodes / first.domNodes,
      met: last.domNodes <= first.domNodes,
      details: { points },
    });
  } finally {
    await kiosk.close();
  }
});
