/**
 * issue 16 — the HMIS export on a real server and SQLite file: a zip of the HUD files with their
 * headers, the same ServicesIDs in two exports, only participants with HMIS consent, admins only,
 * recorded in the activity log, and a bad range refused.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES_COLUMNS } from '../../../src/core/exports/hmis/columns.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import type { ApiClient } from '../support/api-client.js';
import { push, type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
const DAY = '2026-11-20';
const coded = testId('item');
const uncoded = testId('item');
const agreed = testId('person');
const declined = testId('person');

async function pushAs(client: ApiClient, actor: string, drafts: OpDraft[]): Promise<void> {
  const builder = opBuilder(testId('laptop'), actor, Date.now());
  const ops = drafts.map((draft) => builder.op(draft));
  const response = await push(client, ops);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.results.map((result) => result.reason ?? result.status)).toEqual(drafts.map(() => 'accepted'));
}

function consent(by: string) {
  return { agreed: true as const, at: new Date().toISOString(), recordedBy: by, textVersion: '2026-12-en' };
}

beforeAll(async () => {
  world = await startSyncWorld();
  await pushAs(world.admin, world.adminId, [
    {
      type: 'catalog.itemAdded',
      payload: { itemId: coded, item: { ...TEST_ITEM, hmisService: { recordType: 144, typeProvided: 5001 } } },
    },
    { type: 'catalog.itemAdded', payload: { itemId: uncoded, item: { ...TEST_ITEM, names: { en: 'Socks' } } } },
  ]);
  const yes = { ...TEST_PROFILE, preferredName: 'Ana', lastName: '=Rivera', hmisConsent: true };
  const no = { ...TEST_PROFILE, preferredName: 'Luis', lastName: 'Ortega' };
  const requestOf = (participantId: string) => ({
    requestId: testId('request'),
    visitId: testId('visit'),
    day: DAY,
    participantId,
    ticket: null,
    items: [
      { itemId: coded, quantity: 2 },
      { itemId: uncoded, quantity: 1 },
    ],
  });
  const forAgreed = requestOf(agreed);
  const forDeclined = requestOf(declined);
  await pushAs(world.staff, world.staffId, [
    { type: 'participant.enrolled', payload: { participantId: agreed, profile: yes, consent: consent(world.staffId) } },
    {
      type: 'participant.enrolled',
      payload: { participantId: declined, profile: no, consent: consent(world.staffId) },
    },
    { type: 'request.created', payload: forAgreed },
    { type: 'request.created', payload: forDeclined },
    {
      type: 'request.fulfilled',
      payload: {
        requestId: forAgreed.requestId,
        partial: false,
        handedOut: [
          { itemId: coded, quantity: 2 },
          { itemId: uncoded, quantity: 1 },
        ],
      },
    },
    {
      type: 'request.fulfilled',
      payload: { requestId: forDeclined.requestId, partial: false, handedOut: [{ itemId: coded, quantity: 2 }] },
    },
  ]);
});
afterAll(async () => {
  await world.server.close();
});

async function download(client: ApiClient, query: string) {
  const response = await fetch(`${world.server.baseUrl}/api/exports/hmis.zip${query}`, {
    headers: client.sessionCookie ? { cookie: `lead_session=${client.sessionCookie}` } : {},
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The zip's files as rows of cells (a simple split: the test data has no quoted commas). */
async function exportOf(query = `?from=${DAY}&to=${DAY}`) {
  const { response, bytes } = await download(world.admin, query);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  const files = unzipSync(bytes);
  const table = (name: string) => {
    const entry = files[name];
    if (!entry) throw new Error(`${name} is missing`);
    return strFromU8(entry)
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => line.split(','));
  };
  return { names: Object.keys(files).sort(), table, note: strFromU8(files['README.txt'] ?? new Uint8Array()) };
}

describe('GET /api/exports/hmis.zip', () => {
  it('is a zip of the HUD HMIS files, each with its header, and Services columns in the HUD order', async () => {
    const zip = await exportOf();
    expect(zip.names).toEqual([
      'Client.csv',
      'Enrollment.csv',
      'Exit.csv',
      'Export.csv',
      'Organization.csv',
      'Project.csv',
      'README.txt',
      'Services.csv',
      'User.csv',
    ]);
    expect(zip.table('Services.csv')[0]).toEqual([...SERVICES_COLUMNS]);
    expect(zip.table('Client.csv')[0]?.slice(0, 4)).toEqual(['PersonalID', 'FirstName', 'MiddleName', 'LastName']);
    expect(zip.table('Exit.csv')).toHaveLength(1);
    expect(zip.table('Export.csv')[1]?.slice(10, 12)).toEqual([DAY, DAY]);
  });

  it('sends only participants with HMIS consent and items with a code, and counts the rest in README.txt', async () => {
    const zip = await exportOf();
    const clients = zip.table('Client.csv').slice(1);
    expect(clients.map((row) => row[1])).toEqual(['Ana']);
    // A last name starting with "=" is not run as a formula by a spreadsheet.
    expect(clients[0]?.[3]).toBe("'=Rivera");
    const services = zip.table('Services.csv').slice(1);
    expect(services).toHaveLength(1);
    const row = Object.fromEntries(SERVICES_COLUMNS.map((column, index) => [column, services[0]?.[index]]));
    expect(row).toMatchObject({
      PersonalID: agreed,
      DateProvided: DAY,
      RecordType: '144',
      TypeProvided: '5001',
      FAAmount: '2',
      UserID: world.staffId,
      DateDeleted: '',
    });
    expect(
      zip
        .table('Enrollment.csv')
        .slice(1)
        .map((cells) => cells[1]),
    ).toEqual([agreed]);
    expect(
      zip
        .table('User.csv')
        .slice(1)
        .map((cells) => cells[0]),
    ).toEqual([world.staffId]);
    expect(zip.note).toContain('1 hand-out line(s) for 1 participant(s) without HMIS consent');
    expect(zip.note).toContain('1 hand-out line(s) of item(s) with no HMIS service code: Socks');
    expect(JSON.stringify(zip.table('Client.csv'))).not.toContain('Luis');
  });

  it('gives the same hand-out the same ServicesID in every export, under a new ExportID', async () => {
    const first = await exportOf();
    const second = await exportOf(`?from=2026-11-01&to=2026-11-30`);
    const servicesIds = (zip: typeof first) =>
      zip
        .table('Services.csv')
        .slice(1)
        .map((cells) => cells[0]);
    expect(servicesIds(second)).toEqual(servicesIds(first));
    expect(second.table('Export.csv')[1]?.[0]).not.toBe(first.table('Export.csv')[1]?.[0]);
  });

  it('leaves out hand-outs on days outside the range', async () => {
    const zip = await exportOf('?from=2026-11-21&to=2026-11-30');
    expect(zip.table('Services.csv')).toHaveLength(1);
    expect(zip.table('Client.csv')).toHaveLength(1);
  });

  it('is recorded in the activity log with who exported which range', async () => {
    await exportOf('?from=2026-11-19&to=2026-11-20');
    const log = await world.admin.get<{
      entries: { action: string; actorId: string; detail: Record<string, unknown> }[];
    }>('/api/audit?limit=5');
    expect(log.body.entries[0]).toMatchObject({
      action: 'export.hmis',
      actorId: world.adminId,
      detail: { from: '2026-11-19', to: '2026-11-20', clients: 1, services: 1 },
    });
  });

  it('is refused to staff who are not admins, and to kiosks', async () => {
    expect((await download(world.staff, `?from=${DAY}&to=${DAY}`)).response.status).toBe(403);
    const kiosk = await fetch(`${world.server.baseUrl}/api/exports/hmis.zip?from=${DAY}&to=${DAY}`, {
      headers: { authorization: `Bearer ${world.kiosk.deviceToken ?? ''}` },
    });
    expect(kiosk.status).toBe(403);
  });

  it('answers a bad range 400 with the one error shape, and records nothing', async () => {
    const before = await world.admin.get<{ entries: unknown[] }>('/api/audit?limit=100');
    for (const query of [
      '?from=2026-11-30&to=2026-11-01',
      '?from=2026-13-40&to=2026-13-41',
      '?from=2026-11-01',
      '?from=2024-01-01&to=2026-01-01',
    ]) {
      const { response, bytes } = await download(world.admin, query);
      expect(response.status, query).toBe(400);
      expect(Object.keys(JSON.parse(strFromU8(bytes)) as object).sort()).toEqual(['error', 'message']);
    }
    const after = await world.admin.get<{ entries: unknown[] }>('/api/audit?limit=100');
    expect(after.body.entries).toHaveLength(before.body.entries.length);
  });
});
