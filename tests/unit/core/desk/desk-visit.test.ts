import { describe, expect, it } from 'vitest';
import { deskReturningVisit } from '../../../../src/core/desk/desk-visit.js';
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
