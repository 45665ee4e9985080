/**
 * Reports by site: the program's report is what the report was before sites, a site's report
 * counts its own visits, hand-outs and stock, and a person is counted once in each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { Op } from '../../../../src/core/ops/op.js';
import { computeReport, type Report } from '../../../../src/core/reports/report.js';
import { isProgramOp, openingWeekdays, opsForSite } from '../../../../src/core/reports/sites.js';
import { DEFAULT_SITE_ID } from '../../../../src/core/sites/site.js';
import { TEST_PROFILE } from '../../../support/op-factory.js';
import { generateHistory } from '../reports/generated-history.js';
import { siteBuilder } from './site-builder.js';

const EAST = 'site-east-01';
const range = { from: '2026-01-07', to: '2026-02-04' };
const { ops } = generateHistory();
/** The report the code before sites made of this history (fixtures/report-before-sites.json). */
const before = JSON.parse(readFileSync(new URL('./fixtures/report-before-sites.json', import.meta.url), 'utf8'));
const json = (report: Report<number>) => JSON.parse(JSON.stringify(report));
const unscheduled = (report: Report<number>) => ({
  ...report,
  visits: report.visits.map((day) => ({ ...day, scheduled: false })),
});

/** The same five weeks, all of it at the east site: every site-bound op carries its site. */
const atEast: Op[] = ops.map((op) => (isProgramOp(op) ? op : { ...op, site: EAST }));

describe('the program report', () => {
  it('is byte for byte the report before sites, with or without naming the default site', () => {
    expect(json(computeReport(ops, range))).toEqual(before);
    expect(JSON.stringify(computeReport(ops, range))).toBe(JSON.stringify(before));
    expect(json(computeReport(ops, range, undefined, DEFAULT_SITE_ID))).toEqual(before);
    expect(opsForSite(ops, DEFAULT_SITE_ID)).toEqual(ops);
  });

  it('is the same when the whole history happened at another site', () => {
    expect(json(computeReport(atEast, range))).toEqual(before);
  });
});

describe("a site's report", () => {
  it('counts everything that happened at the site (a new site has no scheduled days until it has hours)', () => {
    expect(json(computeReport(atEast, range, undefined, EAST))).toEqual(json(unscheduled(before as Report<number>)));
  });

  it('counts nothing of another site, but enrolments are the program’s', () => {
    const main = computeReport(atEast, range, undefined, DEFAULT_SITE_ID);
    expect(main.visits.every((day) => day.total === 0)).toBe(true);
    expect(main.people.unduplicated).toBe(0);
    expect(main.handedOut).toEqual([]);
    expect(main.stock).toEqual([]);
    expect(main.harmReduction.reversalsReported).toBe(0);
    expect(main.people.newEnrolments).toBe(before.people.newEnrolments);
  });

  it('is the same from a device that holds only the views (visits, people, unmet need, talks)', () => {
    const mainKiosk = siteBuilder('device_kiosk_main', null, null, Date.UTC(2026, 0, 7, 19));
    const mainVisits = ['visit_main_1', 'visit_main_2'].map((visitId) =>
      mainKiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId, day: '2026-01-07', ticket: 'A-1', who: 'visitor', name: null },
      }),
    );
    const fromViews = computeReport([], range, foldOps([...atEast, ...mainVisits]), EAST);
    const fromOps = computeReport(atEast, range, undefined, EAST);
    // Special openings come from the ops alone (as before sites), so they are left out here.
    const counts = (report: Report<number>) => report.visits.map(({ specialOpening: _, ...day }) => day);
    expect(counts(fromViews)).toEqual(counts(fromOps));
    expect(fromViews.people).toEqual(fromOps.people);
    expect(fromViews.unmetNeed).toEqual(fromOps.unmetNeed);
    expect(fromViews.talks).toEqual(fromOps.talks);
  });
});

describe('one person at two sites', () => {
  const day = '2026-12-01';
  const enrol = siteBuilder('device_staff_1', 'staff_ana', null).op({
    type: 'participant.enrolled',
    payload: {
      participantId: 'person_rosa',
      profile: TEST_PROFILE,
      consent: { agreed: true, at: '2026-12-01T19:00:00.000Z', recordedBy: 'staff_ana', textVersion: '2026-11' },
    },
  });
  const visitAt = (site: string | null, visitId: string) =>
    siteBuilder(`device_kiosk_${visitId}`, null, site).op({
      type: 'visit.checkedIn',
      payload: { visitId, day, ticket: 'A-1', who: 'participant', participantId: 'person_rosa', method: 'card' },
    });
  const twoSites = [enrol, visitAt(null, 'visit_0001'), visitAt(EAST, 'visit_0002')];
  const oneDay = { from: day, to: day };

  it('is one participant in the program and one at each site', () => {
    const program = computeReport(twoSites, oneDay);
    expect(program.people.unduplicated).toBe(1);
    expect(program.visits[0]?.total).toBe(2);
    for (const site of [DEFAULT_SITE_ID, EAST]) {
      const report = computeReport(twoSites, oneDay, undefined, site);
      expect(report.people.unduplicated).toBe(1);
      expect(report.visits[0]?.total).toBe(1);
    }
  });

  it("marks a site's opening days by its own hours, the program's by any site's", () => {
    const hours = siteBuilder('device_staff_2', 'staff_ana', EAST).op({
      type: 'settings.hoursSet',
      payload: { hours: [{ weekday: 2, opens: '09:00', closes: '12:00' }] },
    });
    const views = foldOps([...twoSites, hours]);
    expect([...openingWeekdays(views, EAST)]).toEqual([2]);
    expect([...openingWeekdays(views, DEFAULT_SITE_ID)].sort()).toEqual([1, 3, 5]);
    expect([...openingWeekdays(views, 'all')].sort()).toEqual([1, 2, 3, 5]);
    // 2026-12-01 is a Tuesday: open at the east site only.
    expect(computeReport([...twoSites, hours], oneDay, undefined, EAST).visits[0]?.scheduled).toBe(true);
    expect(computeReport([...twoSites, hours], oneDay, undefined, DEFAULT_SITE_ID).visits[0]?.scheduled).toBe(false);
    expect(computeReport([...twoSites, hours], oneDay).visits[0]?.scheduled).toBe(true);
  });
});
