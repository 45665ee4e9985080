/**
 * The server under load: a real server process (build/server/main.js) on SQLite, autocannon with
 * 50 connections for 20 s per run (BENCH_LOAD_SECONDS to shorten), req/s and p99. Beside each
 * figure, `GET /api/health` under the same load, run just before it.
 *
 * The database has a realistic history first: three sites, a catalog, and 6,000 desk ops pushed
 * by a staff laptop (stock received, requests made and handed out, a new participant now and
 * then, opening-hours changes), so a kiosk's feed has something to filter.
 *
 * - pulls: from a cursor 100 ops behind the head, `wait=0` and `limit=1000` as the client asks
 *   when catching up, so every answer is immediate (never a held long-poll). Kiosk pulls come
 *   from six kiosks (two per site), staff pulls from eight staff devices with a staff session,
 *   spread over the connections in turn: what dozens of devices do, and no per-device limit
 *   applies (the rate limiter guards only PIN and code routes).
 * - push: eight staff devices in turn, each request 1–5 new ops with unique ids and sequence
 *   numbers; every op must come back accepted. Pulls run first so the push does not grow the
 *   history they read.
 *
 * Records `kiosk-pull-load`, `staff-pull-load` and `push-load`.
 */
import { test } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { createFirstAdmin } from '../../tests/e2e/support/accounts.js';
import { type ServerProcess, startServerProcess } from '../../tests/support/server-process.js';
import type { RowId } from './support/catalogue.js';
import { recordFigure } from './support/figure.js';
import {
  catalogOps,
  describeLoad,
  deskOps,
  headersOf,
  type LoadResult,
  load,
  meetsLoadBudget,
  opBuilder,
  type PairedDevice,
  pairDevice,
  pushAll,
  type StaffAuth,
  signInAdmin,
  siteOps,
} from './support/server-load.js';

const HISTORY_OPS = 6000;
const BEHIND_HEAD = 100;
const SITES = ['site-main', 'site_bench_north', 'site_bench_east'] as const;

let server: ServerProcess;
let admin: StaffAuth;
let staffDevices: PairedDevice[];
let kiosks: PairedDevice[];

test.beforeAll(async () => {
  // BENCH_SERVER_NODE_OPTIONS: e.g. `--import <a profiler>` to profile the server process.
  const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS;
  server = await startServerProcess(nodeOptions ? { env: { NODE_OPTIONS: nodeOptions } } : {});
  await createFirstAdmin(server);
  admin = await signInAdmin(server);
  const laptop = await pairDevice(server, admin, 'staff', 'Bench laptop');
  const desk = opBuilder(laptop.id, admin.staffId, Date.now());
  await pushAll(server, laptop, admin, [...siteOps(desk, SITES.slice(1)), ...catalogOps(desk)]);
  for (let pushed = 0; pushed < HISTORY_OPS; pushed += 200) {
    await pushAll(server, laptop, admin, deskOps(desk, admin.staffId, 200, SITES));
  }
  staffDevices = [];
  for (let i = 0; i < 8; i += 1) staffDevices.push(await pairDevice(server, admin, 'staff', `Bench console ${i}`));
  kiosks = [];
  for (const site of SITES) {
    for (let i = 0; i < 2; i += 1)
      kiosks.push(await pairDevice(server, admin, 'kiosk', `Bench kiosk ${site} ${i}`, site));
  }
});

test.afterAll(async () => {
  await server?.stop();
});

async function head(): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/sync/pull?after=0&limit=1`, {
    headers: headersOf(server, staffDevices[0] as PairedDevice, admin),
  });
  let after = 0;
  // The head: walk to the end in pages (cheap enough once).
  let body = (await response.json()) as { cursor: number; more: boolean };
  while (body.more) {
    after = body.cursor;
    body = (await (
      await fetch(`${server.baseUrl}/api/sync/pull?after=${after}&limit=1000`, {
        headers: headersOf(server, staffDevices[0] as PairedDevice, admin),
      })
    ).json()) as { cursor: number; more: boolean };
  }
  return body.cursor;
}

function health(): Promise<LoadResult> {
  return load(`${server.baseUrl}/api/health`, {});
}

/** GETs spread over `devices` in turn, each with its own headers. */
function pulls(path: string, devices: readonly PairedDevice[], withSession: boolean): Promise<LoadResult> {
  let turn = 0;
  return load(`${server.baseUrl}${path}`, {
    requests: [
      {
        method: 'GET',
        path,
        setupRequest: (request) => {
          const device = devices[turn++ % devices.length] as PairedDevice;
          return { ...request, headers: headersOf(server, device, withSession ? admin : undefined) };
        },
      },
    ],
  });
}

function record(id: RowId, figure: LoadResult, baseline: LoadResult, extra: Record<string, unknown> = {}) {
  recordFigure(id, {
    measured: { value: figure.reqPerSec, unit: 'req/s', note: describeLoad(figure) },
    baseline: { value: baseline.reqPerSec, unit: 'req/s', note: describeLoad(baseline) },
    met: meetsLoadBudget(figure),
    ratio: figure.reqPerSec / baseline.reqPerSec,
    details: { figure, baseline, ...extra },
  });
}

test('kiosk pull, staff pull and push under 50 connections, each beside /api/health', async () => {
  const cursor = (await head()) - BEHIND_HEAD;
  const path = `/api/sync/pull?after=${cursor}&limit=1000&wait=0`;
  const setup = { historyOps: HISTORY_OPS, cursor, behindHead: BEHIND_HEAD, sites: SITES.length };

  const beforeKiosk = await health();
  const kioskPull = await pulls(path, kiosks, false);
  record('kiosk-pull-load', kioskPull, beforeKiosk, { ...setup, kiosks: kiosks.length });

  const beforeStaff = await health();
  const staffPull = await pulls(path, staffDevices, true);
  record('staff-pull-load', staffPull, beforeStaff, { ...setup, staffDevices: staffDevices.length });

  const builders = staffDevices.map((device) => ({ device, ops: opBuilder(device.id, admin.staffId, Date.now()) }));
  let turn = 0;
  let sentOps = 0;
  let refused = 0;
  const beforePush = await health();
  const push = await load(`${server.baseUrl}/api/sync/push`, {
    requests: [
      {
        method: 'POST',
        path: '/api/sync/push',
        setupRequest: (request) => {
          const { device, ops } = builders[turn % builders.length] as (typeof builders)[number];
          const count = 1 + (turn % 5);
          turn += 1;
          const batch: Op[] = deskOps(ops, admin.staffId, count, SITES);
          sentOps += batch.length;
          return {
            ...request,
            headers: headersOf(server, device, admin),
            body: JSON.stringify({ ops: batch, deviceTime: Date.now() }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200 || !body.includes('"results"') || /"status":"(rejected|duplicate)"/.test(body)) {
            refused += 1;
          }
        },
      },
    ],
  });
  const pushOk = refused === 0;
  recordFigure('push-load', {
    measured: {
      value: push.reqPerSec,
      unit: 'req/s',
      note: `${describeLoad(push)}${pushOk ? '' : `, ${refused} answers with a refused op`}`,
    },
    baseline: { value: beforePush.reqPerSec, unit: 'req/s', note: describeLoad(beforePush) },
    met: meetsLoadBudget(push) && pushOk,
    ratio: push.reqPerSec / beforePush.reqPerSec,
    details: { figure: push, baseline: beforePush, opsBuilt: sentOps, refusedAnswers: refused, staffDevices: 8 },
  });
});
