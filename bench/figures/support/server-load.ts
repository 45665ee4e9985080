/**
 * What the server load figures share: a real server process with an admin signed in, devices
 * paired through the real API, a realistic history pushed as a staff laptop would, and
 * autocannon runs read as req/s and p99. Plain fetch, no browser.
 */
import autocannon from 'autocannon';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { PushResponse } from '../../../src/core/sync/api.js';
import { E2E_ADMIN } from '../../../tests/e2e/support/accounts.js';
import { type OpBuilder, opBuilder, TEST_ITEM, TEST_PROFILE } from '../../../tests/support/op-factory.js';
import type { ServerProcess } from '../../../tests/support/server-process.js';

/** Seconds each load run lasts: 20 by the catalogue; BENCH_LOAD_SECONDS shortens it for trying. */
export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
export const CONNECTIONS = 50;

/** A signed-in staff member's session cookie, as a browser would send it. */
export interface StaffAuth {
  readonly cookie: string;
  readonly staffId: string;
}

export interface PairedDevice {
  readonly id: string;
  readonly token: string;
  readonly role: 'kiosk' | 'staff';
  readonly site: string | undefined;
}

/** Signs the e2e admin in; the cookie comes back as the server set it. */
export async function signInAdmin(server: ServerProcess): Promise<StaffAuth> {
  const response = await fetch(`${server.baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret }),
  });
  if (response.status !== 200) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const session = (await (
    await fetch(`${server.baseUrl}/api/session`, { headers: { cookie, origin: server.baseUrl } })
  ).json()) as { staff: { id: string } };
  return { cookie, staffId: session.staff.id };
}

/** Pairs a device through the real API: the admin makes a code, the device pairs with it. */
export async function pairDevice(
  server: ServerProcess,
  admin: StaffAuth,
  role: 'kiosk' | 'staff',
  name: string,
  site?: string,
): Promise<PairedDevice> {
  const made = await fetch(`${server.baseUrl}/api/devices/pairings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie, origin: server.baseUrl },
    body: JSON.stringify({ name, role, ...(site && { site }) }),
  });
  if (made.status !== 200) throw new Error(`pairing code: ${made.status} ${await made.text()}`);
  const { code } = (await made.json()) as { code: string };
  const paired = await fetch(`${server.baseUrl}/api/devices/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ code }),
  });
  if (paired.status !== 200) throw new Error(`pair: ${paired.status} ${await paired.text()}`);
  const body = (await paired.json()) as { device: { id: string }; token: string };
  return { id: body.device.id, token: body.token, role, site };
}

/** The headers a device sends: its token, and for a staff device the staff session too. */
export function headersOf(server: ServerProcess, device: PairedDevice, admin?: StaffAuth): Record<string, string> {
  return {
    authorization: `Bearer ${device.token}`,
    origin: server.baseUrl,
    'content-type': 'application/json',
    ...(admin && { cookie: admin.cookie }),
  };
}

/** Pushes ops from a staff device; every op must be accepted. */
export async function pushAll(
  server: ServerProcess,
  device: PairedDevice,
  admin: StaffAuth,
  ops: readonly Op[],
): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: headersOf(server, device, admin),
    body: JSON.stringify({ ops, deviceTime: Date.now() }),
  });
  const body = PushResponse.parse(await response.json());
  const refused = body.results.filter((result) => result.status !== 'accepted');
  if (refused.length > 0) throw new Error(`refused: ${JSON.stringify(refused.slice(0, 3))}`);
}

let made = 0;
/**
 * A day's work at the desk: stock received, requests made and handed out, now and then a new
 * participant (the kiosks' directory) and a change to the opening hours (a kiosk op), spread
 * over `sites` in turn.
 */
export function deskOps(device: OpBuilder, staffId: string, count: number, sites: readonly string[]): Op[] {
  const ops: Op[] = [];
  while (ops.length < count) {
    made += 1;
    const site = sites[made % sites.length];
    const itemId = `item_bench_${made % 12}`;
    const requestId = `request_load_${device.deviceId}_${made}`;
    const drafts: OpDraft[] = [
      { type: 'stock.received', payload: { itemId, quantity: 5, kind: 'donation' } },
      {
        type: 'request.created',
        payload: {
          requestId,
          visitId: `visit_load_${made}`,
          day: '2026-11-28',
          participantId: null,
          ticket: 'A-1',
          items: [{ itemId, quantity: 1 }],
        },
      },
      { type: 'request.fulfilled', payload: { requestId, partial: false, handedOut: [{ itemId, quantity: 1 }] } },
    ];
    if (made % 10 === 0) {
      drafts.push({
        type: 'participant.enrolled',
        payload: {
          participantId: `participant_load_${made}`,
          profile: { ...TEST_PROFILE, preferredName: `Person ${made}` },
          consent: { agreed: true, at: new Date().toISOString(), recordedBy: staffId, textVersion: 'v1' },
        },
      });
    }
    if (made % 25 === 0) {
      const until = new Date(Date.now() + 12 * 3_600_000).toISOString();
      drafts.push({ type: 'settings.openOverrideSet', payload: { override: { mode: 'open', until } } });
    }
    for (const draft of drafts) {
      const op = device.op(draft, { now: Date.now() });
      ops.push(site === undefined ? op : { ...op, site });
    }
  }
  return ops.slice(0, count);
}

/** Catalog items for the bench's item ids (an admin op, one per item), so requests name real items. */
export function catalogOps(device: OpBuilder): Op[] {
  return Array.from({ length: 12 }, (_, i) =>
    device.op(
      { type: 'catalog.itemAdded', payload: { itemId: `item_bench_${i}`, item: { ...TEST_ITEM, position: 100 + i } } },
      { now: Date.now() },
    ),
  );
}

export function siteOps(device: OpBuilder, siteIds: readonly string[]): Op[] {
  return siteIds.map((siteId, i) =>
    device.op(
      {
        type: 'site.created',
        payload: {
          siteId,
          name: `Bench site ${i}`,
          address: `${100 + i} Bench Ave, Los Angeles, CA 90038`,
          phone: `323-555-01${i}0`,
        },
      },
      { now: Date.now() },
    ),
  );
}

export { opBuilder };

export interface LoadResult {
  readonly reqPerSec: number;
  readonly p99: number;
  readonly p50: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly seconds: number;
  readonly throughputMBps: number;
}

/** One autocannon run: 50 connections for LOAD_SECONDS, answers must all be 2xx to count. */
export async function load(
  url: string,
  options: Omit<autocannon.Options, 'url' | 'connections' | 'duration'>,
  seconds = LOAD_SECONDS,
): Promise<LoadResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...options });
  return {
    reqPerSec: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds,
    throughputMBps: result.throughput.average / 1e6,
  };
}

/** The load budget: ≥ 2,000 req/s and p99 ≤ 50 ms, every answer a 2xx. */
export function meetsLoadBudget(result: LoadResult): boolean {
  return result.reqPerSec >= 2000 && result.p99 <= 50 && result.non2xx === 0 && result.errors === 0;
}

export function describeLoad(result: LoadResult): string {
  return `p99 ${result.p99} ms, p50 ${result.p50} ms, ${result.requests} requests${
    result.non2xx + result.errors > 0 ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ''
  }`;
}
