/**
 * The sync client's bulk work in the built app, against one real server process: a staff console
 * catching up on 10,000 ops it has not seen; a kiosk storing a 20,000-person directory from a
 * snapshot (pairing fresh) and from pulls (already paired); a staff device's 10,000 ops queued
 * offline and drained once it is online. Each beside the same HTTP requests made alone (same page
 * size or batch size, same credentials, the JSON read, nothing stored), measured in the same run,
 * before and after the figure. Records `staff-catch-up`, `directory-snapshot`,
 * `directory-incremental` and `outbox-drain`.
 */
import { randomUUID } from 'node:crypto';
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { TAIL_START } from '../../src/core/kiosk/directory-segments.js';
import type { Op } from '../../src/core/ops/op.js';
import { openConsoleAsAdmin, openPairedKiosk } from '../../tests/e2e/support/flows.js';
import { recordFigure } from './support/figure.js';
import { median } from './support/stats.js';
import {
  cursorReachedAt,
  deviceToken,
  directoryPeople,
  directoryRestedAt,
  firstRequestStart,
  httpPullAll,
  httpSnapshot,
  outboxCount,
  outboxDrainedMs,
  outboxOps,
  storageFloor,
  storedCursor,
  watchCursor,
  watchOutboxDrain,
} from './support/sync-page.js';
import {
  asAdminOps,
  type BenchServer,
  enrolmentDrafts,
  floorDrafts,
  headCursor,
  pushAll,
  startBenchServer,
} from './support/sync-server.js';

const CATCH_UP_OPS = 10_000;
const DIRECTORY_PEOPLE = 20_000;
const OUTBOX_OPS = 10_000;
/** The sync client's defaults (src/sync/sync-client.ts): pull pages and push batches. */
const PAGE_SIZE = 500;
const PUSH_BATCH = 100;

test.describe.configure({ mode: 'serial' });

let bench: BenchServer;
let browser: Browser;
/** The staff console of the catch-up, whose outbox is drained next. */
let staff: { context: BrowserContext; page: Page };

test.beforeAll(async () => {
  bench = await startBenchServer();
  browser = await chromium.launch(chromiumLaunchOptions());
});

test.afterAll(async () => {
  await browser?.close();
  await bench?.stop();
});

const seconds = (ms: number) => ms / 1000;

/** A page of the context on a same-origin URL that runs no app (the HTTP baselines' page). */
async function barePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${bench.server.baseUrl}/api/health`);
  return page;
}

test('staff-catch-up: a staff console pulls 10,000 ops it has not seen', async () => {
  const context = await browser.newContext({ baseURL: bench.server.baseUrl });
  const first = await context.newPage();
  await openConsoleAsAdmin(first, bench.server);
  const seen = await headCursor(bench.api);
  await expect.poll(() => storedCursor(first), { timeout: 60_000 }).toBeGreaterThanOrEqual(seen);
  await first.close();

  // 10,000 ops the console has not seen, made while it was closed.
  await pushAll(bench.api, asAdminOps(floorDrafts(CATCH_UP_OPS, 'catchup'), bench.adminId));
  const head = await headCursor(bench.api, seen);

  const bare = await barePage(context);
  const before = await httpPullAll(bare, seen, PAGE_SIZE, null);
  await bare.close();

  // Opened again, signed in by its cookie: the console's first round pulls from where it stopped.
  const page = await context.newPage();
  await watchCursor(page, head);
  await page.goto(`${bench.server.baseUrl}/staff`);
  const reached = await cursorReachedAt(page);
  const catchUpMs = reached - (await firstRequestStart(page, '/api/sync/pull'));

  const after = await httpPullAll(page, seen, PAGE_SIZE, null);
  const floor = await storageFloor(page, PAGE_SIZE);
  const httpMs = median([before, after]);
  const ratio = catchUpMs / httpMs;
  const floorRatio = catchUpMs / floor.ms;
  recordFigure('staff-catch-up', {
    measured: {
      value: seconds(catchUpMs),
      unit: 's',
      note: `${ratio.toFixed(1)}× HTTP; ${floorRatio.toFixed(1)}× the bare storage floor, ${seconds(floor.ms).toFixed(2)} s`,
    },
    baseline: { value: seconds(httpMs), unit: 's', note: `${(head - seen) / PAGE_SIZE} pages of ${PAGE_SIZE}` },
    // Against the storage floor measured beside it (catalogue.ts says why); the HTTP ratio stays in the table.
    met: floorRatio <= 2,
    ratio,
    details: {
      httpRatio: ratio,
      floorRatio,
      ops: head - seen,
      catchUpMs,
      httpMs: [before, after],
      pageSize: PAGE_SIZE,
      storageFloorMs: floor.ms,
      storageFloorOps: floor.ops,
    },
  });
  staff = { context, page };
});

test('outbox-drain: 10,000 ops queued offline, drained once online', async () => {
  // The console that caught up above, up to date: nothing waits in its outbox.
  const { context, page } = staff;
  const seen = await headCursor(bench.api);
  await expect.poll(() => storedCursor(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(seen);

  // Offline, the real store records the ops, 500 drafts to an action so making them is quick.
  await context.setOffline(true);
  const drafts = floorDrafts(OUTBOX_OPS, 'outbox');
  for (let start = 0; start < drafts.length; start += 500) {
    const result = await page.evaluate(([batch, actor]) => window.leadDropin?.recordAll(batch, actor), [
      drafts.slice(start, start + 500),
      bench.adminId,
    ] as const);
    if (!result?.ok) throw new Error(`recording failed: ${JSON.stringify(result)}`);
  }
  expect(await outboxCount(page)).toBe(OUTBOX_OPS);

  // HTTP alone: the same ops (new ids, so the server takes them as new) in the client's batches.
  const queued = await outboxOps(page);
  const copies = JSON.parse(JSON.stringify(queued).replaceAll('_outbox_', '_outboxcopy_')) as Op[];
  // The server knows an op by its id and by its device and seq: the copies come from another device.
  const copyDevice = `device_copy_${randomUUID().slice(0, 8)}`;
  const fresh = copies.map((op) => ({ ...op, id: `op_${randomUUID()}`, deviceId: copyDevice }));
  const httpStarted = performance.now();
  await pushAll(bench.api, fresh, PUSH_BATCH);
  const httpMs = performance.now() - httpStarted;

  await watchOutboxDrain(page);
  await context.setOffline(false);
  const drainMs = await outboxDrainedMs(page);
  console.log(`outbox drained in ${drainMs.toFixed(0)} ms; HTTP alone ${httpMs.toFixed(0)} ms`);
  const status = await page.evaluate(() => window.leadDropin?.status());
  expect(status?.rejected).toBe(0);
  expect((await headCursor(bench.api, seen)) - seen).toBeGreaterThanOrEqual(2 * OUTBOX_OPS);
  await context.close();

  const ratio = drainMs / httpMs;
  recordFigure('outbox-drain', {
    measured: { value: seconds(drainMs), unit: 's', note: `${ratio.toFixed(1)}× HTTP` },
    baseline: { value: seconds(httpMs), unit: 's', note: `batches of ${PUSH_BATCH}` },
    met: drainMs <= 5000,
    ratio,
    details: { ops: OUTBOX_OPS, drainMs, httpMs, batch: PUSH_BATCH },
  });
});

test('directory: a kiosk stores 20,000 people from a snapshot and from pulls', async () => {
  // A kiosk paired before the people were enrolled: it will receive them through pulls.
  const pairedContext = await browser.newContext({ baseURL: bench.server.baseUrl });
  const pairedPage = await pairedContext.newPage();
  await openPairedKiosk(pairedPage, bench.server);
  const seen = await headCursor(bench.api);
  await expect.poll(() => storedCursor(pairedPage), { timeout: 60_000 }).toBeGreaterThanOrEqual(seen);
  const pairedToken = await deviceToken(pairedPage);
  await pairedPage.close();

  await pushAll(bench.api, asAdminOps(enrolmentDrafts(DIRECTORY_PEOPLE, bench.adminId), bench.adminId));
  const head = await headCursor(bench.api, seen);

  // HTTP alone first, from a kiosk's credentials (the paired one's: the same role and site).
  const bare = await barePage(pairedContext);
  const snapshotBefore = await httpSnapshot(bare, pairedToken);
  const pullBefore = await httpPullAll(bare, seen, PAGE_SIZE, pairedToken);
  await bare.close();

  // Snapshot path: a kiosk pairing fresh; from its snapshot request to its cursor stored.
  const freshContext = await browser.newContext({ baseURL: bench.server.baseUrl });
  const freshPage = await freshContext.newPage();
  await watchCursor(freshPage, head);
  await openPairedKiosk(freshPage, bench.server);
  const snapshotMs = (await cursorReachedAt(freshPage)) - (await firstRequestStart(freshPage, '/api/sync/snapshot'));
  const freshDirectory = await directoryPeople(freshPage);
  const snapshotAfter = await httpSnapshot(freshPage, await deviceToken(freshPage));
  await freshContext.close();

  // Incremental path: the paired kiosk opened again pulls the 20,000 as new directory entries.
  const page = await pairedContext.newPage();
  await watchCursor(page, head);
  await page.goto(`${bench.server.baseUrl}/kiosk`);
  const cursorAt = await cursorReachedAt(page);
  const incrementalMs = cursorAt - (await firstRequestStart(page, '/api/sync/pull'));
  // Then, in a transaction of its own, the tail is rewritten with people grouped by name.
  const restMs = (await directoryRestedAt(page, TAIL_START)) - cursorAt;
  const pairedDirectory = await directoryPeople(page);
  const pullAfter = await httpPullAll(page, seen, PAGE_SIZE, pairedToken);
  await pairedContext.close();
  expect(freshDirectory).toBeGreaterThanOrEqual(DIRECTORY_PEOPLE);
  expect(pairedDirectory).toBeGreaterThanOrEqual(DIRECTORY_PEOPLE);

  const snapshotHttp = median([snapshotBefore, snapshotAfter]);
  const snapshotRatio = snapshotMs / snapshotHttp;
  recordFigure('directory-snapshot', {
    measured: { value: seconds(snapshotMs), unit: 's', note: `${snapshotRatio.toFixed(1)}× HTTP` },
    baseline: { value: seconds(snapshotHttp), unit: 's' },
    met: snapshotRatio <= 2,
    ratio: snapshotRatio,
    details: { people: DIRECTORY_PEOPLE, snapshotMs, httpMs: [snapshotBefore, snapshotAfter] },
  });
  const pullHttp = median([pullBefore, pullAfter]);
  const pullRatio = incrementalMs / pullHttp;
  recordFigure('directory-incremental', {
    measured: {
      value: seconds(incrementalMs),
      unit: 's',
      note: `${pullRatio.toFixed(1)}× HTTP; then rewritten for look-ups in ${seconds(restMs).toFixed(2)} s more`,
    },
    baseline: { value: seconds(pullHttp), unit: 's', note: `pages of ${PAGE_SIZE}` },
    met: pullRatio <= 2,
    ratio: pullRatio,
    details: { people: DIRECTORY_PEOPLE, incrementalMs, restMs, httpMs: [pullBefore, pullAfter], pageSize: PAGE_SIZE },
  });
});
