/**
 * Visits per day (participants and community visitors), whether the day was a scheduled opening
 * or a special one, and who was served: unduplicated participants, new enrolments, referral pathway.
 */
import { currentParticipant } from '../fold/selectors.js';
import type { ParticipantView, VisitView } from '../fold/views.js';
import type { ReferralPathway } from '../ops/participants.js';
import { isLinkedParticipantVisit } from '../retention/anonymise.js';
import type { ReportHistory } from './history.js';
import { type DayRange, dayOfStamp, daysInRange, inRange, weekdayOf } from './range.js';
import { openingWeekdays } from './sites.js';

export interface VisitDay<C> {
  readonly day: string;
  /**
   * The day is in the opening hours (today's hours, applied to every day of the range); in the
   * program's report, the hours of any of its sites.
   */
  readonly scheduled: boolean;
  /** Staff opened the kiosks for a special event that day. */
  readonly specialOpening: boolean;
  readonly participants: C;
  readonly visitors: C;
  /** Every visit that day, shown exactly (see ADR 0015). */
  readonly total: number;
}

export type PathwayGroup = 'community' | 'lawEnforcementDiversion';

export interface PeopleServed<C> {
  /** Different participants who visited at least once in the range. */
  readonly unduplicated: C;
  /** Visits by community visitors (they have no id, so they cannot be unduplicated). */
  readonly visitorVisits: C;
  readonly newEnrolments: C;
  /** Unduplicated participants by referral pathway. */
  readonly byPathway: readonly { readonly pathway: ReferralPathway; readonly participants: C }[];
  readonly byGroup: Readonly<Record<PathwayGroup, C>>;
}

export const PATHWAYS: readonly ReferralPathway[] = [
  'communityBusiness',
  'communityCouncilOffice',
  'communityServiceProvider',
  'communityProgramStaff',
  'lawEnforcementDiversion',
];

export function pathwayGroup(pathway: ReferralPathway): PathwayGroup {
  return pathway === 'lawEnforcementDiversion' ? 'lawEnforcementDiversion' : 'community';
}

function visitsIn(history: ReportHistory, range: DayRange): VisitView[] {
  const visits: VisitView[] = [];
  for (const view of history.views.values()) {
    if (view.kind === 'visit' && inRange(view.day, range)) visits.push(view);
  }
  return visits;
}

/** One row per day of the range, closed days included (with zeros), for a chart's x axis. */
export function visitsPerDay(history: ReportHistory, range: DayRange): VisitDay<number>[] {
  const weekdays = openingWeekdays(history.views, history.site);
  const special = new Set<string>();
  for (const op of history.ops) {
    if (op.type === 'settings.openOverrideSet' && op.payload.override?.mode === 'open') special.add(dayOfStamp(op.at));
  }
  const counts = new Map<string, { participants: number; visitors: number }>();
  for (const visit of visitsIn(history, range)) {
    const count = counts.get(visit.day) ?? { participants: 0, visitors: 0 };
    if (visit.who === 'participant') count.participants += 1;
    else count.visitors += 1;
    counts.set(visit.day, count);
  }
  return daysInRange(range).map((day) => {
    const count = counts.get(day) ?? { participants: 0, visitors: 0 };
    return {
      day,
      scheduled: weekdays.has(weekdayOf(day)),
      specialOpening: special.has(day),
      participants: count.participants,
      visitors: count.visitors,
      total: count.participants + count.visitors,
    };
  });
}

/** Who the center served in the range. */
export function peopleServed(history: ReportHistory, range: DayRange): PeopleServed<number> {
  const seen = new Set<string>();
  let visitorVisits = 0;
  for (const visit of visitsIn(history, range)) {
    // An anonymised visit (ADR 0023) is counted as a visit, but as nobody in particular: for a range
    // before the retention cut-off the unduplicated figures are a lower bound.
    if (isLinkedParticipantVisit(visit)) seen.add(visit.participantId);
    else if (visit.who === 'visitor') visitorVisits += 1;
  }
  const pathwayCounts = new Map<ReferralPathway, number>();
  let newEnrolments = 0;
  for (const view of history.views.values()) {
    if (view.kind !== 'participant') continue;
    const participant = currentParticipant(view as ParticipantView);
    if (!participant) continue;
    const enrolled = (view as ParticipantView).enrolled;
    if (enrolled && inRange(dayOfStamp(enrolled.at), range)) newEnrolments += 1;
    if (seen.has(view.id)) pathwayCounts.set(participant.referral, (pathwayCounts.get(participant.referral) ?? 0) + 1);
  }
  const byGroup: Record<PathwayGroup, number> = { community: 0, lawEnforcementDiversion: 0 };
  for (const [pathway, count] of pathwayCounts) byGroup[pathwayGroup(pathway)] += count;
  return {
    unduplicated: seen.size,
    visitorVisits,
    newEnrolments,
    byPathway: PATHWAYS.map((pathway) => ({ pathway, participants: pathwayCounts.get(pathway) ?? 0 })),
    byGroup,
  };
}
