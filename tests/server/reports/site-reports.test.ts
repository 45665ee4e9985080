/**
 * Reports of one site (issue 17): `?site=` gives that site's figures, in JSON and in each table's
 * CSV; left out, the program's report counts every site, as before sites. Real HTTP, real SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centerDay } from '../../../src/core/day.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { ReportResponse } from '../../../src/core/reports/api.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { push, type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

const EAST = 'site-east';
const now = Date.now();
const today = centerDay(new Date(now));
const query = `from=${today}&to=${today}`;
let world: SyncWorld;

async function pushAccepted(client: ApiClient, ops: Op[]) {
  const response = await push(client, ops);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
}

/** `count` visitors checked in today by `kiosk`, at `site` (the default site when left out). */
function visitors(kiosk: ReturnType<typeof opBuilder>, count: number, site?: string): Op[] {
  return Array.from({ length: count }, () => {
    const op = kiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day: today, ticket: null, who: 'visitor', name: null },
    });
    return site ? { ...op, site } : op;
  });
}

const visitsToday = async (extra: string) => {
  const response = await world.staff.get<ReportResponse>(`/api/reports?${query}${extra}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.visits.find((day) => day.day === today)?.total;
};

beforeAll(async () => {
  world = await startSyncWorld();
  const laptop = opBuilder(testId('laptop'), world.adminId, now);
  await pushAccepted(world.admin, [
    laptop.op({
      type: 'site.created',
      payload: { siteId: EAST, name: 'LEAD East', address: '1 East St', phone: '555' },
    }),
  ]);
  const east = await pairDevice(world.server, world.admin, 'East tablet', 'kiosk', EAST);
  await pushAccepted(east.device, visitors(opBuilder(east.id, null, now), 6, EAST));
  await pushAccepted(world.kiosk, visitors(opBuilder(world.kioskId, null, now), 5));
});
afterAll(async () => {
  await world.server.close();
});

describe('GET /api/reports?site=', () => {
  it("counts one site's visits, and every site's without a site", async () => {
    expect(await visitsToday(`&site=${EAST}`)).toBe(6);
    expect(await visitsToday(`&site=${DEFAULT_SITE_ID}`)).toBe(5);
    expect(await visitsToday('')).toBe(11);
  });

  it("gives the same site's figures in a table's CSV", async () => {
    const response = await fetch(`${world.server.baseUrl}/api/reports/visits.csv?${query}&site=${EAST}`, {
      headers: { cookie: `lead_session=${world.staff.sessionCookie}` },
    });
    expect(response.status).toBe(200);
    const [, row] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(row?.split(',').at(-1)).toBe('6');
  });

  it('answers 400 for a site that is not an id', async () => {
    expect((await world.staff.get(`/api/reports?${query}&site=${encodeURIComponent('no way')}`)).status).toBe(400);
  });
});
