/**
 * Timings taken inside the kiosk page, so Playwright's round trips are not counted: card
 * check-ins by a USB scanner (keyboard wedge) from Welcome to the needs screen, interleaved with
 * the baseline, a bare strict-durability IndexedDB transaction writing one small record.
 */
import type { Page } from '@playwright/test';

export interface CheckInSamples {
  /** ms from the scanner's burst to "What do you need today?" in the DOM. */
  readonly checkIn: number[];
  /** ms for one bare strict readwrite transaction (one small put), same page, between check-ins. */
  readonly bare: number[];
}

/**
 * `samples` card check-ins (after `warmUp` untimed ones), each from a settled Welcome screen and
 * back to it with "Start over" (nothing is recorded: the visit is written only on Send).
 */
export function timeCardCheckIns(
  page: Page,
  options: { payload: string; samples: number; warmUp: number },
): Promise<CheckInSamples> {
  return page.evaluate(async ({ payload, samples, warmUp }) => {
    const headings = () => [...document.querySelectorAll('h1')].map((h1) => h1.textContent?.trim() ?? '');
    const showing = (title: string) => () => headings().some((text) => text.startsWith(title));
    const until = (done: () => boolean, what: string) =>
      new Promise<number>((resolve, reject) => {
        if (done()) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(stuck);
          resolve(performance.now());
        });
        const stuck = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no ${what} after 30 s; the page says: ${headings().join(' | ')}`));
        }, 30_000);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
    const baseline = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-baseline', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const bare = async (index: number) => {
      const began = performance.now();
      const tx = baseline.transaction('records', 'readwrite', { durability: 'strict' });
      tx.objectStore('records').put({ index, at: Date.now(), note: 'one small record' }, index % 16);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return performance.now() - began;
    };
    const result = { checkIn: [] as number[], bare: [] as number[] };
    for (let run = 0; run < warmUp + samples; run += 1) {
      await until(showing('Welcome'), 'Welcome');
      await settle();
      const arrived = until(showing('What do you need today?'), 'needs screen');
      const began = performance.now();
      for (const key of [...payload, 'Enter']) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      }
      const took = (await arrived) - began;
      await settle();
      const bareTook = await bare(run);
      const startOver = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Start over'));
      if (!startOver) throw new Error('no Start over button on the needs screen');
      startOver.click();
      if (run < warmUp) continue;
      result.checkIn.push(took);
      result.bare.push(bareTook);
    }
    baseline.close();
    return result;
  }, options);
}
