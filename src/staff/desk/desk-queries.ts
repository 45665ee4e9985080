/**
 * What the front desk reads from this device's views (so it works offline): active participants
 * with today's visit if they have one, and what a person can still ask for today.
 */
import { centerDay } from '../../core/day.js';
import { deskReturningVisit, type VisitorVisit, visitorVisitsOn, visitSoFar } from '../../core/desk/desk-visit.js';
import type { Participant } from '../../core/fold/selectors.js';
import { catalogItems, currentParticipant, stockLevels } from '../../core/fold/selectors.js';
import type { RequestView, VisitView } from '../../core/fold/views.js';
import { type NeedTile, needTiles } from '../../core/kiosk/needs.js';
import type { ReturningVisit } from '../../core/kiosk/same-day.js';
import type { SiteFilter } from '../../core/sites/site.js';
import { appOpStore } from '../../sync/app-sync.js';

export interface DeskPerson extends Participant {
  /** Today's visit (from a kiosk or the desk), or null. */
  readonly today: ReturningVisit | null;
}

/** Who the desk may check in: active, enrolled participants, each with today's visit at `site` if any. */
export async function deskPeople(site: SiteFilter): Promise<DeskPerson[]> {
  const store = await appOpStore();
  const day = centerDay(new Date());
  const [participants, visits, requests] = await Promise.all([
    store.viewsOfKind('participant'),
    store.viewsOfKind('visit'),
    store.viewsOfKind('request'),
  ]);
  const sameDay = [...visits, ...requests];
  const people: DeskPerson[] = [];
  for (const view of participants) {
    const participant = currentParticipant(view);
    if (!participant?.active) continue;
    people.push({ ...participant, today: deskReturningVisit(sameDay, participant.id, day, site) });
  }
  return people.sort((a, b) => a.preferredName.localeCompare(b.preferredName) || a.id.localeCompare(b.id));
}

export interface DeskChoices {
  readonly tiles: readonly NeedTile[];
  /** Today's visit (a participant's, or the visitor's being added to); null for a first visit. */
  readonly today: ReturningVisit | null;
}

/** Who the desk is asking for: a participant, a new visitor, or a visitor already here today. */
export type DeskTarget =
  | { readonly who: 'participant'; readonly participantId: string }
  | { readonly who: 'visitor' }
  | { readonly who: 'visit'; readonly visitId: string };

/** The items of `site` they can ask for now, by the kiosk's rules (per-visit limits less what this visit asked). */
export async function deskChoices(target: DeskTarget, site: SiteFilter): Promise<DeskChoices> {
  const store = await appOpStore();
  const day = centerDay(new Date());
  const [items, stock, visits, requests] = await Promise.all([
    store.viewsOfKind('item'),
    store.viewsOfKind('stock'),
    store.viewsOfKind('visit'),
    store.viewsOfKind('request'),
  ]);
  const today = todayOf(target, visits, requests, day, site);
  return { tiles: needTiles(catalogItems(items, site), stockLevels(stock, site), today?.asked), today };
}

function todayOf(
  target: DeskTarget,
  visits: readonly VisitView[],
  requests: readonly RequestView[],
  day: string,
  site: SiteFilter,
): ReturningVisit | null {
  switch (target.who) {
    case 'participant':
      return deskReturningVisit([...visits, ...requests], target.participantId, day, site);
    case 'visit': {
      const visit = visits.find((candidate) => candidate.visitId === target.visitId);
      return visit ? visitSoFar(visit, requests) : null;
    }
    case 'visitor':
      return null;
  }
}

/** Visitors checked in today at `site`, so the desk can add to their visit. */
export async function deskVisitorsToday(site: SiteFilter): Promise<VisitorVisit[]> {
  return visitorVisitsOn(await (await appOpStore()).viewsOfKind('visit'), centerDay(new Date()), site);
}

/** Preferred name and last initial: what the desk says aloud and shows on a laptop that may face the lobby. */
export function shortName(participant: Pick<Participant, 'preferredName' | 'lastName'>): string {
  const initial = participant.lastName?.trim().slice(0, 1).toUpperCase();
  return initial ? `${participant.preferredName} ${initial}.` : participant.preferredName;
}
