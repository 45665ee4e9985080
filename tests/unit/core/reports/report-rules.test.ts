/** One rule at a time: small cells, the CSV neutraliser, percentiles, ranges, unmet need, the pack. */
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../../src/core/reports/csv-cells.js';
import { nearestRank } from '../../../../src/core/reports/percentiles.js';
import { publishReport } from '../../../../src/core/reports/publish.js';
import { rangeProblem } from '../../../../src/core/reports/range.js';
import { computeReport } from '../../../../src/core/reports/report.js';
import {
  cellText,
  FEWER_THAN_5,
  NOT_SHOWN,
  suppressParts,
  suppressSmall,
} from '../../../../src/core/reports/small-cells.js';
import { reportTable } from '../../../../src/core/reports/tables.js';
import { opBuilder, TEST_ITEM } from '../../../support/op-factory.js';

const DAY = '2026-01-07';
const noon = Date.parse(`${DAY}T20:00:00Z`);
const laptop = opBuilder('laptop_device_1', 'staff_00000001', noon);
const kiosk = opBuilder('kiosk_device_1', null, noon);
const range = { from: DAY, to: DAY };

const item = laptop.op({ type: 'catalog.itemAdded', payload: { itemId: 'item_blanket', item: TEST_ITEM } });
const received = laptop.op({
  type: 'stock.received',
  payload: { itemId: 'item_blanket', quantity: 20, kind: 'donation' },
});

function visitor(n: number) {
  return kiosk.op({
    type: 'visit.checkedIn',
    payload: { visitId: `visit_${String(n).padStart(6, '0')}`, day: DAY, ticket: null, who: 'visitor', name: null },
  });
}

function request(n: number, quantity: number) {
  return kiosk.op({
    type: 'request.created',
    payload: {
      requestId: `request_${String(n).padStart(6, '0')}`,
      visitId: `visit_${String(n).padStart(6, '0')}`,
      day: DAY,
      participantId: null,
      ticket: null,
      items: [{ itemId: 'item_blanket', quantity }],
    },
  });
}

describe('small cells', () => {
  it('publish 1 to 4 as "fewer than 5", and 0 and 5 exactly', () => {
    expect([0, 1, 4, 5, 12].map(suppressSmall)).toEqual([0, FEWER_THAN_5, FEWER_THAN_5, 5, 12]);
  });

  it('hide a second part when a total shown beside it would give a single small part away', () => {
    expect(suppressParts([1, 6], true)).toEqual([FEWER_THAN_5, NOT_SHOWN]);
    expect(suppressParts([1, 9, 6], true)).toEqual([FEWER_THAN_5, 9, NOT_SHOWN]);
    expect(suppressParts([2, 3, 8], true)).toEqual([FEWER_THAN_5, FEWER_THAN_5, 8]);
    expect(suppressParts([0, 3], true)).toEqual([0, FEWER_THAN_5]);
    expect(suppressParts([1, 6], false)).toEqual([FEWER_THAN_5, 6]);
    expect([FEWER_THAN_5, NOT_SHOWN, 7, null].map(cellText)).toEqual(['fewer than 5', 'not shown', '7', '']);
  });

  it('hide small counts in every part of a published report, but keep day totals and stock exact', () => {
    const ops = [item, received, visitor(1), visitor(2), visitor(3)];
    const published = publishReport(computeReport(ops, range));
    expect(published.visits[0]).toMatchObject({ visitors: FEWER_THAN_5, participants: 0, total: 3 });
    expect(published.people.visitorVisits).toEqual(FEWER_THAN_5);
    expect(published.stock[0]?.levels).toEqual([20]);
    expect(reportTable(published, 'visits')[1]).toEqual([DAY, 'yes', 'no', '0', 'fewer than 5', '3']);
  });

  it('hide the wait times of a day with fewer than 5 hand-outs', () => {
    const ops = [
      item,
      received,
      request(1, 2),
      laptop.op(
        {
          type: 'request.fulfilled',
          payload: {
            requestId: 'request_000001',
            partial: false,
            handedOut: [{ itemId: 'item_blanket', quantity: 2 }],
          },
        },
        { now: noon + 30 * 60_000 },
      ),
    ];
    const exact = computeReport(ops, range);
    expect(exact.waitTimes[0]).toMatchObject({ handOuts: 1, medianMinutes: 30 });
    expect(publishReport(exact).waitTimes[0]).toEqual({
      day: DAY,
      handOuts: FEWER_THAN_5,
      medianMinutes: FEWER_THAN_5,
      p90Minutes: FEWER_THAN_5,
    });
  });
});

describe('unmet need', () => {
  it('counts the remainder of a partial hand-out and ignores an answer that lost to an earlier one', () => {
    const partly = laptop.op({
      type: 'request.fulfilled',
      payload: { requestId: 'request_000001', partial: true, handedOut: [{ itemId: 'item_blanket', quantity: 1 }] },
    });
    const later = opBuilder('laptop_device_2', 'staff_00000001', noon + 3_600_000).op({
      type: 'request.declined',
      payload: { requestId: 'request_000001', reason: 'outOfStock' },
    });
    const report = computeReport([later, partly, request(1, 3), item, received], range);
    expect(report.unmetNeed).toEqual([
      { itemId: 'item_blanket', name: 'Blanket', reason: 'partlyHandedOut', quantity: 2, requests: 1 },
    ]);
    expect(report.handedOut[0]).toMatchObject({ fromRequests: 1, total: 1 });
    expect(report.stock[0]?.levels).toEqual([19]);
  });
});

describe('the harm-reduction pack', () => {
  it('counts reversals in the range and never carries the participant who chose to add their name', () => {
    const report = (participantId: string | null) =>
      kiosk.op({
        type: 'overdose.reversalReported',
        payload: { reportId: `reversal_${participantId ?? 'anon'}`, day: DAY, participantId, replacementAsked: true },
      });
    const outside = kiosk.op({
      type: 'overdose.reversalReported',
      payload: { reportId: 'reversal_other_day', day: '2026-01-08', participantId: null, replacementAsked: false },
    });
    const exact = computeReport([report(null), report('participant_secret_1'), outside], range);
    expect(exact.harmReduction).toMatchObject({ reversalsReported: 2, replacementKitsAsked: 2 });
    expect(JSON.stringify(exact)).not.toContain('participant_secret_1');
  });
});

describe('CSV cells', () => {
  it('neutralise anything a spreadsheet would run as a formula', () => {
    expect(neutraliseCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      '\'=HYPERLINK("http://evil.example","Click")',
    );
    for (const start of ['+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCell('José 3')).toBe('José 3');
    expect(neutraliseCell('')).toBe('');
  });
});

describe('percentiles and ranges', () => {
  it('take the nearest rank, including where floating point would round up a whole rank', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(thirty, 0.9)).toBe(27);
    expect(nearestRank([4, 1, 3, 2], 0.5)).toBe(2);
    expect(nearestRank([], 0.5)).toBeNull();
  });

  it('refuse a backwards range, an impossible day and more than 400 days', () => {
    expect(rangeProblem({ from: '2026-01-01', to: '2026-01-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-02-01', to: '2026-01-31' })).toMatch(/on or before/);
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toMatch(/real day/);
    expect(rangeProblem({ from: '2025-01-01', to: '2026-02-05' })).toMatch(/at most 400 days/);
    expect(rangeProblem({ from: '2025-01-01', to: '2026-02-04' })).toBeNull();
  });
});
