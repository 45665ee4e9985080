/**
 * A kiosk request reaching a staff queue, both pages in one Chromium (one clock: each page's
 * `performance.timeOrigin + performance.now()`): from the kiosk's write (its store and sync,
 * exactly as the check-in screen records it) to the request's card in the staff console's DOM.
 * Baseline, interleaved sample by sample: a push answered to a held long-poll, from Node with no
 * browser. Records `request-to-queue` (p95; p50 beside).
 */
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { centerDay } from '../../src/core/day.js';
import type { OpDraft } from '../../src/core/ops/op.js';
import { PullResponse } from '../../src/core/sync/api.js';
import { QueuePage } from '../../tests/e2e/pages/queue-page.js';
import { openConsoleAsAdmin, openPairedKiosk } from '../../tests/e2e/support/flows.js';
import { recordFigure } from './support/figure.js';
import { median, p95 } from './support/stats.js';
import { asAdminOps, type BenchServer, headCursor, startBenchServer } from './support/sync-server.js';

const SAMPLES = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 2;

declare global {
  interface Window {
    __benchShown?: Record<string, number>;
  }
}

/** A visitor's check-in and request, as the kiosk's check-in and needs screens record them. */
function kioskRequest(n: number): OpDraft[] {
  const day = centerDay(new Date());
  const ticket = `R-${n}`;
  const visitId = `visit_queue_bench_${n}`;
  return [
    { type: 'visit.checkedIn', payload: { visitId, day, ticket, who: 'visitor', name: `Queuebench${n}` } },
    {
      type: 'request.created',
      payload: {
        requestId: `request_queue_bench_${n}`,
        visitId,
        day,
        participantId: null,
        ticket,
        items: [{ itemId: 'item_phone_charging', quantity: 1 }],
      },
    },
  ];
}

/** Push → held long-poll answered, in ms, from Node: the floor for any device to hear of a change. */
async function heldPollAnswered(bench: BenchServer, n: number): Promise<number> {
  const after = await headCursor(bench.api);
  const poll = bench.api.get(`/api/sync/pull?after=${after}&limit=500&wait=15`);
  // Let the pull be held before the push (a pull that arrives after it answers at once anyway).
  await new Promise((resolve) => setTimeout(resolve, 50));
  const [op] = asAdminOps(
    [{ type: 'stock.received', payload: { itemId: `item_poll_bench_${n % 5}`, quantity: 1, kind: 'donation' } }],
    bench.adminId,
  );
  const started = performance.now();
  const pushed = bench.api.post('/api/sync/push', { data: { ops: [op], deviceTime: Date.now() } });
  const answer = PullResponse.parse(await (await poll).json());
  const ms = performance.now() - started;
  await pushed;
  expect(answer.ops.map((received) => received.id)).toContain(op?.id);
  return ms;
}

test('request-to-queue: a kiosk request shows on a staff queue', async () => {
  const bench = await startBenchServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const staff = await (await browser.newContext({ baseURL: bench.server.baseUrl })).newPage();
    await openConsoleAsAdmin(staff, bench.server);
    await new QueuePage(staff).open();
    const kiosk = await (await browser.newContext({ baseURL: bench.server.baseUrl })).newPage();
    await openPairedKiosk(kiosk, bench.server);

    const figure: number[] = [];
    const baseline: number[] = [];
    for (let n = 1; n <= WARM_UP + SAMPLES; n += 1) {
      const marker = `Queuebench${n}`;
      await staff.evaluate((text) => {
        window.__benchShown ??= {};
        const shown = window.__benchShown;
        const check = () => {
          if (shown[text] !== undefined) return true;
          for (const card of document.querySelectorAll('article')) {
            if (card.textContent?.includes(text)) {
              shown[text] = performance.timeOrigin + performance.now();
              return true;
            }
          }
          return false;
        };
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        if (!check()) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, marker);
      const wrote = await kiosk.evaluate(async (drafts) => {
        const at = performance.timeOrigin + performance.now();
        const result = await window.leadDropin?.recordAll(drafts, null);
        if (!result?.ok) throw new Error(`recording failed: ${JSON.stringify(result)}`);
        return at;
      }, kioskRequest(n));
      await staff
        .waitForFunction((text) => window.__benchShown?.[text] !== undefined, marker, { timeout: 30_000 })
        .catch(async (error: unknown) => {
          const status = await kiosk.evaluate(() => window.leadDropin?.status());
          throw new Error(`request ${n} never reached the queue; the kiosk's sync: ${JSON.stringify(status)}`, {
            cause: error,
          });
        });
      const shown = await staff.evaluate((text) => window.__benchShown?.[text] as number, marker);
      // The kiosk's round has ended (nothing waiting) before the next request, as between visitors.
      await expect.poll(() => kiosk.evaluate(async () => (await window.leadDropin?.status())?.pending)).toBe(0);
      const held = await heldPollAnswered(bench, n);
      if (n <= WARM_UP) continue;
      figure.push(shown - wrote);
      baseline.push(held);
    }

    const measured = p95(figure);
    const floor = p95(baseline);
    recordFigure('request-to-queue', {
      measured: { value: measured, unit: 'ms', note: `p50 ${median(figure).toFixed(0)} ms` },
      baseline: { value: floor, unit: 'ms', note: `p95; p50 ${median(baseline).toFixed(1)} ms` },
      met: measured <= 250,
      ratio: measured / floor,
      details: { samples: SAMPLES, figureMs: figure, baselineMs: baseline },
    });
  } finally {
    await browser.close();
    await bench.stop();
  }
});
