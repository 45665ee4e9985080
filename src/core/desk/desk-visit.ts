/**
 * The front desk's same-day rules, from the views a staff device holds: the participant's visit
 * of the day (reused, never a second one) and what they already asked for at it, exactly as the
 * kiosk reads them from its kept records (see kiosk/same-day.ts).
 */
import type { RequestView, VisitView } from '../fold/views.js';
import { type ReturningVisit, returningVisit, type SameDayRecord, sameDayRecordOf } from '../kiosk/same-day.js';
import { inSite, type SiteFilter } from '../sites/site.js';

/** The participant's visit on `day` at `site` with the quantities already asked for, or null for a first visit. */
export function deskReturningVisit(
  views: Iterable<VisitView | RequestView>,
  participantId: string,
  day: string,
  site: SiteFilter = 'all',
): ReturningVisit | null {
  const records: SameDayRecord[] = [];
  for (const view of views) {
    const record = sameDayRecordOf(view);
    if (record) records.push(record);
  }
  return returningVisit(records, participantId, day, site);
}

/** A visitor's visit today: enough to add a request to it (no card, so found by ticket and given name). */
export interface VisitorVisit {
  readonly visitId: string;
  readonly ticket: string | null;
  readonly name: string | null;
}

/** Visitors checked in on `day` at `site` (kiosk or desk), in check-in order. */
export function visitorVisitsOn(visits: Iterable<VisitView>, day: string, site: SiteFilter = 'all'): VisitorVisit[] {
  return [...visits]
    .filter((visit) => visit.who === 'visitor' && visit.day === day && inSite(visit, site))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.visitId < b.visitId ? -1 : 1))
    .map((visit) => ({
      visitId: visit.visitId,
      ticket: visit.ticket,
      name: visit.who === 'visitor' ? visit.name : null,
    }));
}

/**
 * The visit `visitId` as the same-day rules see it: its ticket and what was asked for at it by
 * item (each request once), so a visitor's second request counts against the per-visit limits too.
 */
export function visitSoFar(visit: VisitView, requests: Iterable<RequestView>): ReturningVisit {
  const asked = new Map<string, number>();
  const seen = new Set<string>();
  for (const request of requests) {
    const created = request.created;
    if (!created || created.visitId !== visit.visitId || seen.has(created.requestId)) continue;
    seen.add(created.requestId);
    for (const line of created.items) asked.set(line.itemId, (asked.get(line.itemId) ?? 0) + line.quantity);
  }
  return { visitId: visit.visitId, day: visit.day, ticket: visit.ticket, asked };
}
