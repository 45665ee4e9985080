import { describe, expect, it } from 'vitest';
import { deskReturningVisit, visitorVisitsOn, visitSoFar } from '../../../../src/core/desk/desk-visit.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { RequestView, VisitView } from '../../../../src/core/fold/views.js';
import { opBuilder } from '../../../support/op-factory.js';

const DAY = '2026-12-02';
const kiosk = opBuilder('kiosk_000001', null);
const desk = opBuilder('laptop_0001', 'staff_000001');

function visitsAndRequests(ops: Parameters<typeof foldOps>[0]): (VisitView | RequestView)[] {
  return [...foldOps(ops).values()].filter(
    (view): view is VisitView | RequestView => view.kind === 'visit' || view.kind === 'request',
  );
}

describe('the front desk’s same-day rules', () => {
  it('finds the kiosk visit of the day, its ticket and what was asked for, across requests', () => {
    const views = visitsAndRequests([
      kiosk.op({
        type: 'visit.checkedIn',
        payload: {
          visitId: 'visit_000001',
          day: DAY,
          ticket: 'A-4',
          who: 'participant',
          participantId: 'person_00001',
          method: 'card',
        },
      }),
      kiosk.op({
        type: 'request.created',
        payload: {
          requestId: 'request_0001',
          visitId: 'visit_000001',
          day: DAY,
          participantId: 'person_00001',
          ticket: 'A-4',
          items: [{ itemId: 'item_socks00', quantity: 1 }],
        },
      }),
      desk.op({
        type: 'request.created',
        payload: {
          requestId: 'request_0002',
          visitId: 'visit_000001',
          day: DAY,
          participantId: 'person_00001',
          ticket: 'A-4',
          items: [
            { itemId: 'item_socks00', quantity: 1 },
            { itemId: 'item_blanket', quantity: 1 },
          ],
        },
      }),
    ]);
    const visit = deskReturningVisit(views, 'person_00001', DAY);
    expect(visit).toMatchObject({ visitId: 'visit_000001', ticket: 'A-4' });
    expect(Object.fromEntries(visit?.asked ?? [])).toEqual({ item_socks00: 2, item_blanket: 1 });
  });

  it('is a first visit on another day, for another person, or for a visitor', () => {
    const views = visitsAndRequests([
      kiosk.op({
        type: 'visit.checkedIn',
        payload: {
          visitId: 'visit_000002',
          day: '2026-11-30',
          ticket: 'A-1',
          who: 'participant',
          participantId: 'person_00001',
          method: 'name',
        },
      }),
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_000003', day: DAY, ticket: 'A-2', who: 'visitor', name: 'Lu' },
      }),
    ]);
    expect(deskReturningVisit(views, 'person_00001', DAY)).toBeNull();
    expect(deskReturningVisit(views, 'person_00002', '2026-11-30')).toBeNull();
  });
});

describe('a visitor’s visit today', () => {
  it('lists today’s visitors in check-in order, and what was asked at a visit counts each request once', () => {
    // Fresh devices, so the clock order is the order written here.
    const kiosk = opBuilder('kiosk_000002', null);
    const desk = opBuilder('laptop_0002', 'staff_000001', Date.UTC(2026, 10, 27, 19, 30));
    const views = visitsAndRequests([
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_000010', day: DAY, ticket: 'A-7', who: 'visitor', name: null },
      }),
      desk.op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_000011', day: DAY, ticket: 'B-1', who: 'visitor', name: 'Lu' },
      }),
      kiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_000012', day: '2026-11-30', ticket: 'A-1', who: 'visitor', name: 'Old' },
      }),
      desk.op({
        type: 'request.created',
        payload: {
          requestId: 'request_0010',
          visitId: 'visit_000011',
          day: DAY,
          participantId: null,
          ticket: 'B-1',
          items: [{ itemId: 'item_socks00', quantity: 2 }],
        },
      }),
      desk.op({
        type: 'request.created',
        payload: {
          requestId: 'request_0011',
          visitId: 'visit_000011',
          day: DAY,
          participantId: null,
          ticket: 'B-1',
          items: [{ itemId: 'item_socks00', quantity: 1 }],
        },
      }),
    ]);
    const visits = views.filter((view): view is VisitView => view.kind === 'visit');
    const requests = views.filter((view): view is RequestView => view.kind === 'request');
    expect(visitorVisitsOn(visits, DAY)).toEqual([
      { visitId: 'visit_000010', ticket: 'A-7', name: null },
      { visitId: 'visit_000011', ticket: 'B-1', name: 'Lu' },
    ]);
    const lu = visits.find((visit) => visit.visitId === 'visit_000011') as VisitView;
    const soFar = visitSoFar(lu, [...requests, ...requests]);
    expect(soFar).toMatchObject({ visitId: 'visit_000011', ticket: 'B-1' });
    expect(Object.fromEntries(soFar.asked)).toEqual({ item_socks00: 3 });
  });
});
