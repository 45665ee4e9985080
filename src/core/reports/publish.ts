/**
 * The one place small cells are suppressed: every count in a report that could single a person
 * out goes through `suppressSmall`. Day totals of visits and stock levels stay exact (ADR 0015).
 */
import type { Report } from './report.js';
import { type CellCount, FEWER_THAN_5, SMALL_CELL_LIMIT, suppressSmall as s } from './small-cells.js';

/** A report fit for a funder's eyes: counts from 1 to 4 read "fewer than 5". */
export function publishReport(report: Report<number>): Report<CellCount> {
  return {
    range: report.range,
    days: report.days,
    visits: report.visits.map((day) => ({ ...day, participants: s(day.participants), visitors: s(day.visitors) })),
    people: {
      unduplicated: s(report.people.unduplicated),
      visitorVisits: s(report.people.visitorVisits),
      newEnrolments: s(report.people.newEnrolments),
      byPathway: report.people.byPathway.map((row) => ({ ...row, participants: s(row.participants) })),
      byGroup: {
        community: s(report.people.byGroup.community),
        lawEnforcementDiversion: s(report.people.byGroup.lawEnforcementDiversion),
      },
    },
    handedOut: report.handedOut.map((row) => ({
      ...row,
      fromRequests: s(row.fromRequests),
      walkUp: s(row.walkUp),
      total: s(row.total),
    })),
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
