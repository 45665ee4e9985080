/**
 * issue 16 — the HMIS rows, built from folded ops: only participants with HMIS consent, only
 * items with a service code, the same ServicesID whatever the export or the order ops came in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICES_COLUMNS } from '../../../../src/core/exports/hmis/columns.js';
import { buildHmisExport, type HmisFile } from '../../../../src/core/exports/hmis/export.js';
import { servicesId, stableHmisId } from '../../../../src/core/exports/hmis/hmis-ids.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { ItemView, ParticipantView, RequestView, View } from '../../../../src/core/fold/views.js';
import type { Op, OpDraft } from '../../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE } from '../../../support/op-factory.js';

const STAFF = { id: 'staff_sam00001', displayName: 'Sam Staff', createdAt: '2026-10-01T16:00:00.000Z' };
const ADMIN = { id: 'staff_ana00001', displayName: 'Ana Admin', createdAt: '2026-09-01T16:00:00.000Z' };
const DAY = '2026-11-20';
const CODE = { recordType: 144, typeProvided: 5001 };

function exportOf(views: ReadonlyMap<string, View>, exportId = 'export_1', range = { from: DAY, to: DAY }) {
  const all = [...views.values()];
  return buildHmisExport({
    exportId,
    ...range,
    exportedAt: new Date('2026-11-30T18:00:00Z'),
    exportedBy: ADMIN,
    softwareVersion: '0.1.0',
    participants: all.filter((view): view is ParticipantView => view.kind === 'participant'),
    items: all.filter((view): view is ItemView => view.kind === 'item'),
    requests: all.filter((view): view is RequestView => view.kind === 'request'),
    staff: [ADMIN, STAFF],
  });
}

function table(files: readonly HmisFile[], name: string): Record<string, string>[] {
  const found = files.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} missing`);
  return found.rows.map((row) => Object.fromEntries(found.columns.map((column, index) => [column, row[index] ?? ''])));
}

const consent = {
  agreed: true as const,
  at: '2026-11-01T17:00:00.000Z',
  recordedBy: STAFF.id,
  textVersion: '2026-12-en',
};

/** A day at the center: two items (one with a code), three people, requests answered by staff. */
function history(): Op[] {
  const laptop = opBuilder('device_laptop1', STAFF.id);
  const admin = opBuilder('device_admin01', ADMIN.id);
  const drafts: [typeof laptop, OpDraft][] = [
    [
      admin,
      {
        type: 'catalog.itemAdded',
        payload: { itemId: 'item_meal0001', item: { ...TEST_ITEM, names: { en: 'Meal' }, hmisService: CODE } },
      },
    ],
    [
      admin,
      {
        type: 'catalog.itemAdded',
        payload: { itemId: 'item_sock0001', item: { ...TEST_ITEM, names: { en: 'Socks' } } },
      },
    ],
    [
      laptop,
      {
        type: 'participant.enrolled',
        payload: { participantId: 'person_yes00001', profile: { ...TEST_PROFILE, hmisConsent: true }, consent },
      },
    ],
    [
      laptop,
      { type: 'participant.enrolled', payload: { participantId: 'person_old00001', profile: TEST_PROFILE, consent } },
    ],
    [
      laptop,
      {
        type: 'participant.enrolled',
        payload: { participantId: 'person_no000001', profile: { ...TEST_PROFILE, hmisConsent: false }, consent },
      },
    ],
  ];
  for (const [participantId, requestId] of [
    ['person_yes00001', 'request_yes0001'],
    ['person_old00001', 'request_old0001'],
    ['person_no000001', 'request_no00001'],
    [null, 'request_vis0001'],
  ] as const) {
    drafts.push([
      laptop,
      {
        type: 'request.created',
        payload: {
          requestId,
          visitId: `visit_${requestId}`,
          day: DAY,
          participantId,
          ticket: null,
          items: [
            { itemId: 'item_meal0001', quantity: 1 },
            { itemId: 'item_sock0001', quantity: 2 },
          ],
        },
      },
    ]);
    drafts.push([
      laptop,
      {
        type: 'request.fulfilled',
        payload: {
          requestId,
          partial: false,
          handedOut: [
            { itemId: 'item_meal0001', quantity: 1 },
            { itemId: 'item_sock0001', quantity: 2 },
          ],
        },
      },
    ]);
  }
  return drafts.map(([builder, draft], index) => builder.op(draft, { id: `op_${String(index).padStart(6, '0')}` }));
}

describe('the HMIS export rows', () => {
  it('send a participant and their services only with HMIS consent; an older profile without the field counts as no', () => {
    const built = exportOf(foldOps(history()));
    expect(table(built.files, 'Client.csv').map((row) => row.PersonalID)).toEqual(['person_yes00001']);
    expect(table(built.files, 'Enrollment.csv').map((row) => row.PersonalID)).toEqual(['person_yes00001']);
    expect(table(built.files, 'Services.csv').map((row) => row.PersonalID)).toEqual(['person_yes00001']);
    expect(built.leftOut.withoutConsent).toEqual({ participants: 2, lines: 4 });
    expect(built.leftOut.visitors).toEqual({ lines: 2 });
    expect(built.note).toContain('4 hand-out line(s) for 2 participant(s) without HMIS consent');
  });

  it('follow the latest answer to the HMIS question (last writer wins)', () => {
    const ops = history();
    const later = opBuilder('device_laptop2', STAFF.id, Date.UTC(2026, 11, 1));
    ops.push(
      later.op({
        type: 'participant.updated',
        payload: { participantId: 'person_yes00001', changes: { hmisConsent: false } },
      }),
      later.op({
        type: 'participant.updated',
        payload: { participantId: 'person_no000001', changes: { hmisConsent: true } },
      }),
    );
    const built = exportOf(foldOps(ops));
    expect(table(built.files, 'Client.csv').map((row) => row.PersonalID)).toEqual(['person_no000001']);
  });

  it('map an item to its RecordType and TypeProvided, quantity in FAAmount; an item without a code is left out and named', () => {
    const built = exportOf(foldOps(history()));
    expect(table(built.files, 'Services.csv')).toEqual([
      expect.objectContaining({
        ServicesID: servicesId('op_000006', 'item_meal0001'),
        EnrollmentID: table(built.files, 'Enrollment.csv')[0]?.EnrollmentID,
        DateProvided: DAY,
        RecordType: '144',
        TypeProvided: '5001',
        FAAmount: '1',
        UserID: STAFF.id,
        DateDeleted: '',
        ExportID: 'export_1',
      }),
    ]);
    expect(built.files.find((file) => file.name === 'Services.csv')?.columns).toEqual(SERVICES_COLUMNS);
    expect(built.leftOut.withoutCode).toEqual({ items: ['Socks'], lines: 1 });
    const coded = history();
    coded.push(
      opBuilder('device_admin02', ADMIN.id, Date.UTC(2026, 11, 1)).op({
        type: 'catalog.itemUpdated',
        payload: { itemId: 'item_sock0001', changes: { hmisService: { recordType: 144, typeProvided: 5002 } } },
      }),
    );
    const withSocks = table(exportOf(foldOps(coded)).files, 'Services.csv');
    expect(withSocks.map((row) => [row.TypeProvided, row.FAAmount])).toEqual([
      ['5001', '1'],
      ['5002', '2'],
    ]);
  });

  it('give the same ServicesIDs in another export and whatever order the ops arrived in', () => {
    const ops = history();
    const ids = (views: ReadonlyMap<string, View>, exportId: string) =>
      table(exportOf(views, exportId).files, 'Services.csv').map((row) => ({ ...row, ExportID: '' }));
    const expected = ids(foldOps(ops), 'first');
    fc.assert(
      fc.property(fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }), (shuffled) => {
        expect(ids(foldOps(shuffled), 'second')).toEqual(expected);
      }),
      { seed: 16, numRuns: 60 },
    );
  });

  it('leave out requests made outside the range', () => {
    const built = exportOf(foldOps(history()), 'export_2', { from: '2026-11-21', to: '2026-11-30' });
    expect(table(built.files, 'Services.csv')).toEqual([]);
    expect(table(built.files, 'Client.csv')).toEqual([]);
    expect(table(built.files, 'Export.csv')[0]).toMatchObject({
      ExportStartDate: '2026-11-21',
      ExportEndDate: '2026-11-30',
    });
  });

  it('send a hand-out that lost to an earlier answer again, marked deleted, so an earlier import of it is undone', () => {
    const ops = history();
    // A second laptop, offline, answered the same request earlier by its clock.
    const other = opBuilder('device_laptop3', STAFF.id, Date.UTC(2026, 10, 1));
    ops.push(
      other.op(
        {
          type: 'request.fulfilled',
          payload: {
            requestId: 'request_yes0001',
            partial: true,
            handedOut: [{ itemId: 'item_meal0001', quantity: 3 }],
          },
        },
        { id: 'op_earlier1' },
      ),
    );
    const rows = table(exportOf(foldOps(ops)).files, 'Services.csv');
    expect(rows.map((row) => [row.ServicesID, row.FAAmount, row.DateDeleted === ''])).toEqual([
      [servicesId('op_earlier1', 'item_meal0001'), '3', true],
      [servicesId('op_000006', 'item_meal0001'), '1', false],
      // Socks have no code: the lost answer's socks were never sent.
    ]);
  });

  it('name only the staff who recorded what is sent in User.csv, first word as first name', () => {
    const users = table(exportOf(foldOps(history())).files, 'User.csv');
    expect(users).toEqual([expect.objectContaining({ UserID: STAFF.id, UserFirstName: 'Sam', UserLastName: 'Staff' })]);
  });
});

describe('stableHmisId', () => {
  it('is 32 hex digits, the same for the same parts and different for different ones', () => {
    expect(stableHmisId('a', 'bc')).toMatch(/^[0-9a-f]{32}$/);
    expect(stableHmisId('a', 'bc')).toBe(stableHmisId('a', 'bc'));
    expect(stableHmisId('a', 'bc')).not.toBe(stableHmisId('ab', 'c'));
    expect(servicesId('op_1', 'item_1')).not.toBe(servicesId('op_1', 'item_2'));
  });
});
