import { describe, expect, it } from 'vitest';
import type { RequestView, VisitView } from '../../../../src/core/fold/views.js';
import { dayOfOp, planKioskPurge, withoutVisitorName } from '../../../../src/core/kiosk/retention.js';
import { returningVisit, type SameDayRecord, sameDayRecordOf } from '../../../../src/core/kiosk/same-day.js';
import { Op } from '../../../../src/core/ops/op.js';

const origin = {
  opId: 'op_visit_0001',
  at: '1764352800000-00000-device_kiosk_1',
  deviceId: 'device_kiosk_1',
  actor: null,
};

const anaVisit: VisitView = {
  kind: 'visit',
  visitId: 'visit_ana_0001',
  day: '2026-11-28',
  ticket: 'A-3',
  who: 'participant',
  participantId: 'part_ana_0001',
  method: 'name',
  ...origin,
};

const carlaVisit: VisitView = {
  kind: 'visit',
  visitId: 'visit_carla_01',
  day: '2026-11-28',
  ticket: 'A-4',
  who: 'visitor',
  name: 'Carla',
  ...origin,
  opId: 'op_visit_0002',
};

function request(requestId: string, participantId: string | null): RequestView {
  return {
    kind: 'request',
    id: requestId,
    created: {
      requestId,
      visitId: participantId ? 'visit_ana_0001' : 'visit_carla_01',
      day: '2026-11-28',
      participantId,
      ticket: 'A-3',
      items: [{ itemId: 'item_blanket', quantity: 1 }],
      ...origin,
      opId: `op_${requestId}`,
    },
    outcome: null,
    overridden: [],
  };
}

describe('what a kiosk keeps of a visit or request', () => {
  it('keeps of a participant’s visit the id, day, ticket and participant; nothing of a visitor', () => {
    expect(sameDayRecordOf(anaVisit)).toEqual({
      kind: 'visit',
      visitId: 'visit_ana_0001',
      day: '2026-11-28',
      ticket: 'A-3',
      participantId: 'part_ana_0001',
    });
    expect(sameDayRecordOf(carlaVisit)).toBeNull();
    expect(sameDayRecordOf(request('request_0001', null))).toBeNull();
    expect(sameDayRecordOf(request('request_0002', 'part_ana_0001'))).toEqual({
      kind: 'request',
      requestId: 'request_0002',
      visitId: 'visit_ana_0001',
      day: '2026-11-28',
      items: [{ itemId: 'item_blanket', quantity: 1 }],
    });
  });

  it('counts each request once, even when it is both a view and a kept record', () => {
    const records: SameDayRecord[] = [
      sameDayRecordOf(anaVisit),
      sameDayRecordOf(request('request_0002', 'part_ana_0001')),
      sameDayRecordOf(request('request_0002', 'part_ana_0001')),
      sameDayRecordOf(request('request_0003', 'part_ana_0001')),
    ].flatMap((record) => record ?? []);
    expect(returningVisit(records, 'part_ana_0001', '2026-11-28')?.asked).toEqual(new Map([['item_blanket', 2]]));
    expect(returningVisit(records, 'part_ana_0001', '2026-11-29')).toBeNull();
    expect(returningVisit(records, 'part_bo_00001', '2026-11-28')).toBeNull();
  });
});

describe('the kiosk purge plan', () => {
  const holdings = {
    today: '2026-11-28',
    waiting: new Set<string>(),
    ops: [],
    visits: [anaVisit, carlaVisit],
    requests: [request('request_0001', null), request('request_0002', 'part_ana_0001')],
    kept: [],
    rejected: [],
  };

  it('turns answered participant views into kept records and drops visitor views', () => {
    const plan = planKioskPurge(holdings);
    expect(plan.deleteViews.sort()).toEqual([
      'request:request_0001',
      'request:request_0002',
      'visit:visit_ana_0001',
      'visit:visit_carla_01',
    ]);
    expect(plan.keep.map((record) => record.kind)).toEqual(['visit', 'request']);
  });

  it('keeps every view whose op is still waiting to be sent', () => {
    const waiting = new Set(['op_visit_0001', 'op_visit_0002', 'op_request_0001', 'op_request_0002']);
    expect(planKioskPurge({ ...holdings, waiting })).toMatchObject({ deleteViews: [], keep: [] });
  });

  it('drops everything of an earlier day, waiting or not', () => {
    const waiting = new Set(['op_visit_0001']);
    const plan = planKioskPurge({ ...holdings, waiting, today: '2026-11-30' });
    expect(plan.deleteViews).toHaveLength(4);
    expect(plan.keep).toEqual([]);
  });
});

describe('op days and visitor names', () => {
  const outcome = Op.parse({
    id: 'op_outcome_01',
    deviceId: 'device_staff_1',
    seq: 1,
    // 2026-11-29 06:00 UTC: still the 28th in Los Angeles.
    at: `${Date.UTC(2026, 10, 29, 6)}-00000-device_staff_1`,
    actor: 'staff_maria',
    type: 'request.cancelled',
    payload: { requestId: 'request_0009' },
  });

  it('takes a request answer’s day from its request, else from its clock in Los Angeles', () => {
    expect(dayOfOp(outcome, new Map([['request_0009', '2026-11-27']]))).toBe('2026-11-27');
    expect(dayOfOp(outcome)).toBe('2026-11-28');
  });

  it('removes the name a visitor gave, and leaves every other op as it is', () => {
    const visit = Op.parse({
      ...outcome,
      type: 'visit.checkedIn',
      actor: null,
      payload: { visitId: 'visit_carla_01', day: '2026-11-28', ticket: null, who: 'visitor', name: 'Carla' },
    });
    expect(withoutVisitorName(visit)).toMatchObject({ payload: { who: 'visitor', name: null } });
    expect(withoutVisitorName(outcome)).toBe(outcome);
  });
});
