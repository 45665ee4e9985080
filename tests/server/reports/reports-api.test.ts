/**
 * The reports API on a real server and SQLite file: figures for a pushed history (small cells
 * suppressed), CSV files (BOM, header, formula injection neutralised, file name), clear 400s,
 * who may ask, and the admin-only participant export that lands in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centerDay } from '../../../src/core/day.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import type { ReportResponse } from '../../../src/core/reports/api.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { push, type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
let display: ApiClient;
const now = Date.now();
const today = centerDay(new Date(now));
// A day either side, so a run that crosses midnight in Los Angeles still finds today's ops.
const query = `from=${centerDay(new Date(now - 86_400_000))}&to=${centerDay(new Date(now + 86_400_000))}`;
const INJECTED = '=HYPERLINK("http://evil.example","Click")';
const participantId = testId('participant');

async function pushAll(client: ApiClient, drafts: OpDraft[], builder: ReturnType<typeof opBuilder>) {
  const response = await push(
    client,
    drafts.map((draft) => builder.op(draft)),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.results.map((result) => result.status)).toEqual(drafts.map(() => 'accepted'));
}

/** A CSV download as text (the API client reads JSON). */
async function download(client: ApiClient, path: string) {
  const headers: Record<string, string> = {};
  if (client.sessionCookie) headers.cookie = `lead_session=${client.sessionCookie}`;
  if (client.deviceToken) headers.authorization = `Bearer ${client.deviceToken}`;
  const response = await fetch(world.server.baseUrl + path, { headers });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

beforeAll(async () => {
  world = await startSyncWorld();
  display = (await pairDevice(world.server, world.admin, 'Lobby display', 'display')).device;
  const admin = opBuilder(testId('console'), world.adminId, now);
  await pushAll(
    world.admin,
    [
      {
        type: 'catalog.itemAdded',
        payload: { itemId: 'item_injected', item: { ...TEST_ITEM, names: { en: INJECTED }, icon: 'blanket' } },
      },
    ],
    admin,
  );
  const laptop = opBuilder(testId('laptop'), world.staffId, now);
  const kiosk = opBuilder(world.kioskId, null, now);
  const consent = {
    agreed: true as const,
    at: new Date(now).toISOString(),
    recordedBy: world.staffId,
    textVersion: 'v1',
  };
  await pushAll(
    world.staff,
    [
      { type: 'participant.enrolled', payload: { participantId, profile: TEST_PROFILE, consent } },
      { type: 'stock.received', payload: { itemId: 'item_naloxone_kit', quantity: 30, kind: 'donation' } },
      { type: 'stock.received', payload: { itemId: 'item_injected', quantity: 10, kind: 'donation' } },
      { type: 'stock.handedOut', payload: { itemId: 'item_naloxone_kit', quantity: 7 } },
      { type: 'stock.handedOut', payload: { itemId: 'item_injected', quantity: 6 } },
    ],
    laptop,
  );
  const visitId = testId('visit');
  await pushAll(
    world.kiosk,
    [
      ...Array.from({ length: 6 }, () => ({
        type: 'visit.checkedIn' as const,
        payload: { visitId: testId('visit'), day: today, ticket: null, who: 'visitor' as const, name: null },
      })),
      {
        type: 'visit.checkedIn',
        payload: { visitId, day: today, ticket: null, who: 'participant', participantId, method: 'card' },
      },
      {
        type: 'request.created',
        payload: {
          requestId: 'request_report_1',
          visitId,
          day: today,
          participantId,
          ticket: null,
          items: [{ itemId: 'item_naloxone_kit', quantity: 2 }],
        },
      },
      {
        type: 'overdose.reversalReported',
        payload: { reportId: testId('reversal'), day: today, participantId, replacementAsked: true },
      },
    ],
    kiosk,
  );
  await pushAll(
    world.staff,
    [
      {
        type: 'request.fulfilled',
        payload: {
          requestId: 'request_report_1',
          partial: true,
          handedOut: [{ itemId: 'item_naloxone_kit', quantity: 1 }],
        },
      },
    ],
    laptop,
  );
});
afterAll(async () => {
  await world.server.close();
});

describe('GET /api/reports', () => {
  it('gives staff the figures of the pushed history, with counts under 5 suppressed', async () => {
    const response = await world.staff.get<ReportResponse>(`/api/reports?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const report = response.body;
    // One participant and six visitors: with the exact total of 7, the six would give the one away.
    expect(report.visits.find((day) => day.day === today)).toEqual(
      expect.objectContaining({
        participants: { suppressed: true, reason: 'small' },
        visitors: { suppressed: true, reason: 'complementary' },
        total: 7,
      }),
    );
    expect(report.handedOut.find((row) => row.itemId === 'item_naloxone_kit')).toEqual(
      expect.objectContaining({
        fromRequests: { suppressed: true, reason: 'small' },
        walkUp: { suppressed: true, reason: 'complementary' },
        total: 8,
      }),
    );
    expect(report.handedOut.find((row) => row.itemId === 'item_injected')).toEqual(
      expect.objectContaining({ fromRequests: 0, walkUp: 6, total: 6 }),
    );
    expect(report.unmetNeed).toEqual([
      {
        itemId: 'item_naloxone_kit',
        name: 'Naloxone kit',
        reason: 'partlyHandedOut',
        quantity: { suppressed: true, reason: 'small' },
        requests: { suppressed: true, reason: 'small' },
      },
    ]);
    expect(report.harmReduction).toMatchObject({
      naloxoneKits: 8,
      reversalsReported: { suppressed: true, reason: 'small' },
      replacementKitsAsked: { suppressed: true, reason: 'small' },
    });
    expect(report.stock.find((series) => series.itemId === 'item_naloxone_kit')?.levels).toContain(22);
    // The reversal named a participant; no figure does.
    expect(JSON.stringify(report)).not.toContain(participantId);
  });

  it('answers 400 with a clear message for a backwards, too long or malformed range', async () => {
    const backwards = await world.staff.get('/api/reports?from=2026-02-02&to=2026-02-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toMatch(/on or before/);
    const long = await world.staff.get('/api/reports?from=2024-01-01&to=2026-01-01');
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/at most 400 days/);
    expect((await world.staff.get('/api/reports?from=yesterday&to=2026-01-01')).status).toBe(400);
    expect((await world.staff.get('/api/reports')).status).toBe(400);
  });

  it('refuses kiosks, lobby displays and callers who are not signed in', async () => {
    expect((await world.kiosk.get(`/api/reports?${query}`)).status).toBe(403);
    expect((await display.get(`/api/reports?${query}`)).status).toBe(403);
    expect((await download(world.kiosk, `/api/reports/visits.csv?${query}`)).status).toBe(403);
    const anonymous = await fetch(`${world.server.baseUrl}/api/reports?${query}`);
    expect(anonymous.status).toBe(401);
  });
});

describe('GET /api/reports/:table.csv', () => {
  it('downloads each table as UTF-8 CSV with a BOM, a header row and a sensible file name', async () => {
    for (const table of ['visits', 'handed-out', 'unmet-need', 'stock', 'wait-times', 'talks', 'harm-reduction']) {
      const file = await download(world.staff, `/api/reports/${table}.csv?${query}`);
      expect(file.status, table).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('content-disposition')).toMatch(
        new RegExp(
          `^attachment; filename="lead-hollywood-${table}-\\d{4}-\\d{2}-\\d{2}-to-\\d{4}-\\d{2}-\\d{2}\\.csv"$`,
        ),
      );
      expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(file.bytes).split('\r\n')[0]?.length).toBeGreaterThan(0);
    }
    const visits = new TextDecoder().decode((await download(world.staff, `/api/reports/visits.csv?${query}`)).bytes);
    expect(visits.split('\r\n')[0]).toBe('day,scheduled opening,special opening,participants,visitors,total visits');
    expect(visits).toMatch(new RegExp(`${today},(yes|no),no,fewer than 5,not shown,7`));
  });

  it('neutralises an item name that a spreadsheet would run as a formula', async () => {
    const text = new TextDecoder().decode((await download(world.staff, `/api/reports/handed-out.csv?${query}`)).bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")",shelter,0,6,6`);
    expect(text).not.toMatch(/(^|\n)"?=HYPERLINK/);
  });

  it('answers 400 for a table that does not exist', async () => {
    expect((await download(world.staff, `/api/reports/secrets.csv?${query}`)).status).toBe(400);
  });
});

describe('GET /api/reports/participants.csv', () => {
  it('is refused to staff, and gives an admin each participant, recording the download in the audit log', async () => {
    expect((await download(world.staff, `/api/reports/participants.csv?${query}`)).status).toBe(403);
    const file = await download(world.admin, `/api/reports/participants.csv?${query}`);
    expect(file.status).toBe(200);
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM.
    const text = new TextDecoder().decode(file.bytes);
    expect(text.split('\r\n')[0]).toBe('participant id,preferred name,last name,visits,items handed out');
    expect(text).toContain(`${participantId},José,Martínez,1,Naloxone kit × 1`);
    const audit = await world.admin.get<{
      entries: { action: string; actorId: string; detail: Record<string, unknown> }[];
    }>('/api/audit?limit=20');
    expect(audit.body.entries.filter((entry) => entry.action === 'report.participantsExported')).toEqual([
      expect.objectContaining({ actorId: world.adminId, detail: expect.objectContaining({ participants: 1 }) }),
    ]);
  });
});

describe('GET /api/reports/harm-reduction-exact.csv', () => {
  it('is refused to staff, gives an admin the small counts exactly, names no one, and is in the audit log', async () => {
    expect((await download(world.staff, `/api/reports/harm-reduction-exact.csv?${query}`)).status).toBe(403);
    const file = await download(world.admin, `/api/reports/harm-reduction-exact.csv?${query}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/harm-reduction-exact-.*\.csv"$/);
    const text = new TextDecoder().decode(file.bytes);
    // The published pack says "fewer than 5" for these; the exact one has the numbers.
    expect(text).toContain('overdose reversals reported,,1\r\n');
    expect(text).toContain('replacement kits asked,,1\r\n');
    expect(text).toContain('naloxone kits distributed,,8\r\n');
    expect(text).not.toContain(participantId);
    const published = new TextDecoder().decode(
      (await download(world.staff, `/api/reports/harm-reduction.csv?${query}`)).bytes,
    );
    expect(published).toContain('overdose reversals reported,,fewer than 5');
    const audit = await world.admin.get<{
      entries: { action: string; actorId: string; detail: Record<string, unknown> }[];
    }>('/api/audit?limit=20');
    expect(audit.body.entries.filter((entry) => entry.action === 'report.harmReductionExactExported')).toEqual([
      expect.objectContaining({
        actorId: world.adminId,
        detail: expect.objectContaining({ from: expect.any(String) }),
      }),
    ]);
  });
});

// Last in the file: it adds a second site and its visits to the shared history.
describe('GET /api/reports for one site (issue 17)', () => {
  it("counts a site's own visits, the program's all of them, and refuses a malformed site", async () => {
    await pushAll(
      world.admin,
      [{ type: 'site.created', payload: { siteId: 'site-east', name: 'LEAD East', address: '1 East St', phone: '1' } }],
      opBuilder(testId('console'), world.adminId, now),
    );
    const east = await pairDevice(world.server, world.admin, 'East kiosk', 'kiosk', 'site-east');
    const eastKiosk = opBuilder(east.id, null, now);
    const visit = () => ({
      type: 'visit.checkedIn' as const,
      payload: { visitId: testId('visit'), day: today, ticket: null, who: 'visitor' as const, name: null },
    });
    const response = await push(
      east.device,
      [1, 2, 3].map(() => ({ ...eastKiosk.op(visit()), site: 'site-east' })),
    );
    expect(response.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted', 'accepted']);

    const totalToday = async (site: string) => {
      const report = await world.staff.get<ReportResponse>(`/api/reports?${query}${site}`);
      expect(report.status, JSON.stringify(report.body)).toBe(200);
      return report.body.visits.find((day) => day.day === today)?.total;
    };
    expect(await totalToday('&site=site-east')).toBe(3);
    expect(await totalToday('&site=site-main')).toBe(7);
    expect(await totalToday('')).toBe(10);
    expect((await world.staff.get(`/api/reports?${query}&site=`)).status).toBe(400);
  });
});
