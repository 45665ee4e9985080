/**
 * The floor of one site: its visits, queue, low stock, talks and called numbers, and the kiosk's
 * same-day rules, never another site's; participants' names are the program's.
 */
import { describe, expect, it } from 'vitest';
import { deskReturningVisit, visitorVisitsOn } from '../../../../src/core/desk/desk-visit.js';
import { calledNumbers } from '../../../../src/core/floor/called-numbers.js';
import { startOfViews } from '../../../../src/core/floor/first-day.js';
import { floorOf } from '../../../../src/core/floor/floor.js';
import { talksOf } from '../../../../src/core/floor/talks.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { RequestView, VisitView } from '../../../../src/core/fold/views.js';
import { returningVisit, sameDayRecordOf } from '../../../../src/core/kiosk/same-day.js';
import type { Op } from '../../../../src/core/ops/op.js';
import { DEFAULT_SITE_ID } from '../../../../src/core/sites/site.js';
import { TEST_ITEM, TEST_PROFILE } from '../../../support/op-factory.js';
import { siteBuilder } from './site-builder.js';

const DAY = '2026-12-01';
const EAST = 'site-east-01';
const start = Date.UTC(2026, 11, 1, 19);
const admin = siteBuilder('device_staff_1', 'staff_ana', null, start);
const eastAdmin = siteBuilder('device_staff_2', 'staff_ana', EAST, start);
const kiosk = siteBuilder('device_kiosk_1', null, null, start + 60_000);
const eastKiosk = siteBuilder('device_kiosk_2', null, EAST, start + 60_000);
const TOPIC = { ...TEST_ITEM, names: { en: 'Housing application' }, category: 'caseManager', kind: 'service' } as const;

/** Rosa checks in at both sites the same day; each site's first kiosk hands out A-1. */
function world(): Op[] {
  const visit = (builder: typeof kiosk, site: string) => [
    builder.op({
      type: 'visit.checkedIn',
      payload: {
        visitId: `visit_${site}`,
        day: DAY,
        ticket: 'A-1',
        who: 'participant',
        participantId: 'person_rosa',
        method: 'card',
      },
    }),
    builder.op({
      type: 'request.created',
      payload: {
        requestId: `request_${site}`,
        visitId: `visit_${site}`,
        day: DAY,
        participantId: 'person_rosa',
        ticket: 'A-1',
        items: [
          { itemId: `item_blanket_${site}`, quantity: 1 },
          { itemId: `item_topic_${site}`, quantity: 1 },
        ],
      },
    }),
  ];
  const catalog = (builder: typeof admin, site: string) => [
    builder.op({ type: 'catalog.itemAdded', payload: { itemId: `item_blanket_${site}`, item: TEST_ITEM } }),
    builder.op({ type: 'catalog.itemAdded', payload: { itemId: `item_topic_${site}`, item: TOPIC } }),
  ];
  return [
    ...catalog(admin, 'main'),
    ...catalog(eastAdmin, 'east'),
    admin.op({ type: 'stock.received', payload: { itemId: 'item_blanket_main', quantity: 2, kind: 'donation' } }),
    admin.op({
      type: 'participant.enrolled',
      payload: {
        participantId: 'person_rosa',
        profile: { ...TEST_PROFILE, preferredName: 'Rosa', lastName: 'Delgado' },
        consent: { agreed: true, at: '2026-12-01T19:00:00.000Z', recordedBy: 'staff_ana', textVersion: '2026-11' },
      },
    }),
    ...visit(kiosk, 'main'),
    ...visit(eastKiosk, 'east'),
    eastKiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: 'visit_carla', day: DAY, ticket: 'A-2', who: 'visitor', name: 'Carla' },
    }),
    admin.op({ type: 'ticket.called', payload: { requestId: 'request_main', ticket: 'A-1', day: DAY } }),
    eastAdmin.op({ type: 'ticket.called', payload: { requestId: 'request_east', ticket: 'A-1', day: DAY } }),
  ];
}

const views = foldOps(world());

describe('the floor of one site', () => {
  it('shows its own visits and queue, with the program-wide name', () => {
    const east = floorOf(views, DAY, 'en', EAST);
    expect(east.visits.map((visit) => [visit.visitId, visit.name])).toEqual([
      ['visit_east', 'Rosa D.'],
      ['visit_carla', 'Carla'],
    ]);
    expect(east.counts).toEqual({ visits: 2, participants: 1, visitors: 1, waiting: 1 });
    expect(east.queue.map((entry) => [entry.requestId, entry.lines.map((line) => line.itemId)])).toEqual([
      ['request_east', ['item_blanket_east']],
    ]);
    expect(floorOf(views, DAY, 'en', DEFAULT_SITE_ID).queue.map((entry) => entry.requestId)).toEqual(['request_main']);
  });

  it('warns about its own stock only', () => {
    expect(floorOf(views, DAY, 'en', EAST).alerts.map((alert) => [alert.itemId, alert.status])).toEqual([
      ['item_blanket_east', 'out'],
    ]);
    expect(floorOf(views, DAY, 'en', DEFAULT_SITE_ID).alerts.map((alert) => [alert.itemId, alert.status])).toEqual([
      ['item_blanket_main', 'low'],
    ]);
  });

  it('shows every site without a site, as it did before sites', () => {
    const all = floorOf(views, DAY, 'en');
    expect(all.counts).toEqual({ visits: 3, participants: 1, visitors: 1, waiting: 2 });
    expect(all).toEqual(floorOf(views, DAY, 'en', 'all'));
  });

  it("lists only the site's talks", () => {
    const talks = talksOf(views, DAY, 'en', 'staff_ana', EAST);
    expect([...talks.mine, ...talks.others].map((talk) => talk.requestId)).toEqual(['request_east']);
    const everywhere = talksOf(views, DAY, 'en', 'staff_ana');
    expect(everywhere.others.map((talk) => talk.requestId).sort()).toEqual(['request_east', 'request_main']);
  });

  it('calls its own A-1 on its display: ticket letters repeat across sites', () => {
    const now = start + 10 * 60_000;
    expect(calledNumbers(views.values(), DAY, now, EAST).map((call) => call.requestId)).toEqual(['request_east']);
    expect(calledNumbers(views.values(), DAY, now, DEFAULT_SITE_ID).map((call) => call.requestId)).toEqual([
      'request_main',
    ]);
    expect(calledNumbers(views.values(), DAY, now)).toHaveLength(2);
  });

  it("counts the first day's stock per site, participants for the program", () => {
    expect(startOfViews(views.values(), EAST)).toEqual({ stockReceived: false, anyParticipant: true });
    expect(startOfViews(views.values(), DEFAULT_SITE_ID)).toEqual({ stockReceived: true, anyParticipant: true });
  });
});

describe('same-day rules at one site', () => {
  const visitsAndRequests = [...views.values()].filter(
    (view): view is VisitView | RequestView => view.kind === 'visit' || view.kind === 'request',
  );
  const records = visitsAndRequests.flatMap((view) => sameDayRecordOf(view) ?? []);

  it("keep the visit's site in the kiosk's minimal record (none for the default site)", () => {
    expect(records.find((record) => record.kind === 'visit' && record.visitId === 'visit_east')).toMatchObject({
      site: EAST,
    });
    expect(records.find((record) => record.kind === 'visit' && record.visitId === 'visit_main')).not.toHaveProperty(
      'site',
    );
  });

  it("find the participant's visit at this site, with what was asked there", () => {
    expect(returningVisit(records, 'person_rosa', DAY, EAST)).toEqual({
      visitId: 'visit_east',
      day: DAY,
      ticket: 'A-1',
      asked: new Map([
        ['item_blanket_east', 1],
        ['item_topic_east', 1],
      ]),
    });
    expect(returningVisit(records, 'person_rosa', DAY, 'site-west-01')).toBeNull();
    expect(deskReturningVisit(visitsAndRequests, 'person_rosa', DAY, DEFAULT_SITE_ID)?.visitId).toBe('visit_main');
  });

  it("list the site's visitors at the desk", () => {
    const visits = visitsAndRequests.filter((view): view is VisitView => view.kind === 'visit');
    expect(visitorVisitsOn(visits, DAY, EAST).map((visit) => visit.name)).toEqual(['Carla']);
    expect(visitorVisitsOn(visits, DAY, DEFAULT_SITE_ID)).toEqual([]);
  });
});
