/**
 * The one place small cells are suppressed: every count in a report that could single a person
 * out goes through `suppressSmall`. Day totals of visits and stock levels stay exact (ADR 0015).
 */
import type { Report } from './report.js';
import {
  type CellCount,
  FEWER_THAN_5,
  isSuppressed,
  SMALL_CELL_LIMIT,
  suppressSmall as s,
  suppressParts,
} from './small-cells.js';

/** A report fit for a funder's eyes: counts from 1 to 4 read "fewer than 5". */
export function publishReport(report: Report<number>): Report<CellCount> {
  return {
    range: report.range,
    days: report.days,
    // The day's total is exact, so its two parts are suppressed together (see suppressParts).
    visits: report.visits.map((day) => {
      const [participants, visitors] = suppressParts([day.participants, day.visitors], true);
      return { ...day, participants: participants ?? 0, visitors: visitors ?? 0 };
    }),
    people: publishPeople(report.people),
    handedOut: report.handedOut.map((row) => {
      const total = s(row.total);
      const [fromRequests, walkUp] = suppressParts([row.fromRequests, row.walkUp], !isSuppressed(total));
      return { ...row, fromRequests: fromRequests ?? 0, walkUp: walkUp ?? 0, total };
    }),
    handedOutByCategory: report.handedOutByCategory.map((row) => ({ ...row, total: s(row.total) })),
    unmetNeed: report.unmetNeed.map((row) => ({ ...row, quantity: s(row.quantity), requests: s(row.requests) })),
    stock: report.stock,
    // A median over one or two people's waits is their wait: too few hand-outs hide the times too.
    waitTimes: report.waitTimes.map((day) => {
      const few = day.handOuts > 0 && day.handOuts < SMALL_CELL_LIMIT;
      return {
        day: day.day,
        handOuts: s(day.handOuts),
        medianMinutes: few ? FEWER_THAN_5 : day.medianMinutes,
        p90Minutes: few ? FEWER_THAN_5 : day.p90Minutes,
      };
    }),
    talks: report.talks.map((row) => ({ ...row, conversations: s(row.conversations) })),
    harmReduction: {
      naloxoneKits: s(report.harmReduction.naloxoneKits),
      discreetSupplies: report.harmReduction.discreetSupplies.map((row) => ({ ...row, quantity: s(row.quantity) })),
      reversalsReported: s(report.harmReduction.reversalsReported),
      replacementKitsAsked: s(report.harmReduction.replacementKitsAsked),
    },
  };
}

/** Pathways and the two groups are parts of the unduplicated count. */
function publishPeople(people: Report<number>['people']): Report<CellCount>['people'] {
  const unduplicated = s(people.unduplicated);
  const shown = !isSuppressed(unduplicated);
  const pathways = suppressParts(
    people.byPathway.map((row) => row.participants),
    shown,
  );
  const [community, lawEnforcementDiversion] = suppressParts(
    [people.byGroup.community, people.byGroup.lawEnforcementDiversion],
    shown,
  );
  return {
    unduplicated,
    visitorVisits: s(people.visitorVisits),
    newEnrolments: s(people.newEnrolments),
    byPathway: people.byPathway.map((row, index) => ({ ...row, participants: pathways[index] ?? 0 })),
    byGroup: { community: community ?? 0, lawEnforcementDiversion: lawEnforcementDiversion ?? 0 },
  };
}
