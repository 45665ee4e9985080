/**
 * What staff see on the floor, from the merged views: today's visits and counts, the open
 * requests oldest first (their hand-out lines; topics go to the Talk list), items running low,
 * and requests two devices answered differently; of one site, or of all (as before sites).
 * Pure, so the Today board, the queue and the lobby display agree.
 */

import { isTopic } from '../catalog/topics.js';
import { requestState } from '../fold/requests.js';
import {
  type CatalogItem,
  catalogItems,
  currentParticipant,
  openRequests,
  stockLevels,
  stockStatus,
  visitsOn,
} from '../fold/selectors.js';
import type { RequestOutcome, RequestView, View, VisitView } from '../fold/views.js';
import { itemName } from '../kiosk/needs.js';
import { parseStamp } from '../ops/clock.js';
import { inSite, type SiteFilter } from '../sites/site.js';

export interface TodayVisit {
  readonly visitId: string;
  readonly at: number;
  readonly who: 'participant' | 'visitor';
  /** Preferred name and last initial, a visitor's given name, or null. */
  readonly name: string | null;
  readonly method: 'card' | 'name' | 'staff' | null;
  readonly ticket: string | null;
}

export interface QueueLine {
  readonly itemId: string;
  readonly name: string;
  readonly quantity: number;
  /** Has stock (a hand-out moves it); services such as charging or a case manager do not. */
  readonly tracked: boolean;
  readonly onHand: number | null;
  readonly discreet: boolean;
}

export interface QueueEntry {
  readonly requestId: string;
  readonly ticket: string | null;
  readonly name: string | null;
  readonly who: 'participant' | 'visitor';
  readonly participantId: string | null;
  readonly since: number;
  readonly lines: readonly QueueLine[];
}

export interface StockAlert {
  readonly itemId: string;
  readonly name: string;
  readonly onHand: number;
  readonly minimum: number | null;
  readonly status: 'low' | 'out' | 'needsCount';
}

export interface Conflict {
  readonly requestId: string;
  readonly ticket: string | null;
  readonly name: string | null;
  /** The answer that holds everywhere (the earliest by clock). */
  readonly kept: RequestOutcome;
  /** Answers from other devices that were not applied. */
  readonly notApplied: readonly RequestOutcome[];
}

export interface Floor {
  readonly visits: readonly TodayVisit[];
  readonly counts: {
    readonly visits: number;
    readonly participants: number;
    readonly visitors: number;
    readonly waiting: number;
  };
  readonly queue: readonly QueueEntry[];
  readonly alerts: readonly StockAlert[];
  readonly conflicts: readonly Conflict[];
}

export const wallTime = (stamp: string): number => parseStamp(stamp)?.wall ?? 0;

/** The floor of `site` on `day`; participants' names are the program's, everything else the site's. */
export function floorOf(
  views: ReadonlyMap<string, View>,
  day: string,
  language: string,
  site: SiteFilter = 'all',
): Floor {
  const items = new Map(catalogItems(views).map((item) => [item.id, item]));
  const onHand = stockLevels(views);
  const nameOf = participantNames(views);
  const visitName = (visit: VisitView) =>
    visit.who === 'participant' ? (nameOf.get(visit.participantId) ?? null) : visit.name;
  const visitsToday = visitsOn(views, day, site);
  const visits = visitsToday.map((visit) => ({
    visitId: visit.visitId,
    at: wallTime(visit.at),
    who: visit.who,
    name: visitName(visit),
    method: visit.who === 'participant' ? visit.method : null,
    ticket: visit.ticket,
  }));
  const visitById = new Map(visitsToday.map((visit) => [visit.visitId, visit]));
  const requesterOf = (request: RequestView) => {
    const participantId = request.created?.participantId ?? null;
    if (participantId) return { who: 'participant' as const, participantId, name: nameOf.get(participantId) ?? null };
    const visit = request.created ? visitById.get(request.created.visitId) : undefined;
    return { who: 'visitor' as const, participantId: null, name: visit?.who === 'visitor' ? visit.name : null };
  };
  const queue = openRequests(views, site).flatMap((request): QueueEntry[] => {
    const created = request.created;
    if (!created) return [];
    // Topic lines are conversations (the Talk list); a request of topics only has no hand-out.
    const handOut = created.items.filter((line) => !isTopic(items.get(line.itemId)));
    if (handOut.length === 0) return [];
    return [
      {
        requestId: request.id,
        ticket: created.ticket,
        ...requesterOf(request),
        since: wallTime(created.at),
        lines: handOut.map((line) => lineOf(line.itemId, line.quantity, items.get(line.itemId), onHand, language)),
      },
    ];
  });
  return {
    visits,
    counts: {
      visits: visits.length,
      participants: new Set(visitsToday.flatMap((v) => (v.who === 'participant' ? [v.participantId] : []))).size,
      visitors: visits.filter((visit) => visit.who === 'visitor').length,
      waiting: queue.length,
    },
    queue,
    alerts: stockAlerts(catalogItems(views, site), onHand, language),
    conflicts: conflictsOn(views, day, site, requesterOf),
  };
}

function lineOf(
  itemId: string,
  quantity: number,
  item: CatalogItem | undefined,
  onHand: ReadonlyMap<string, number>,
  language: string,
): QueueLine {
  const tracked = item?.kind !== 'service';
  return {
    itemId,
    name: item ? itemName(item, language) : itemId,
    quantity,
    tracked,
    onHand: tracked ? (onHand.get(itemId) ?? 0) : null,
    discreet: item?.discreet ?? false,
  };
}

/** Preferred name and last initial of every enrolled participant, by id (for staff screens). */
export function participantNames(views: ReadonlyMap<string, View>): Map<string, string> {
  const names = new Map<string, string>();
  for (const view of views.values()) {
    if (view.kind !== 'participant') continue;
    const participant = currentParticipant(view);
    if (!participant) continue;
    const initial = participant.lastName?.trim().slice(0, 1).toUpperCase();
    names.set(view.id, initial ? `${participant.preferredName} ${initial}.` : participant.preferredName);
  }
  return names;
}

function stockAlerts(
  items: readonly CatalogItem[],
  onHand: ReadonlyMap<string, number>,
  language: string,
): StockAlert[] {
  const order = { needsCount: 0, out: 1, low: 2 } as const;
  return items
    .filter((item) => item.kind === 'tracked' && !item.retired)
    .flatMap((item) => {
      const level = onHand.get(item.id) ?? 0;
      const status = stockStatus(level, item.minimum);
      return status === 'ok'
        ? []
        : [{ itemId: item.id, name: itemName(item, language), onHand: level, minimum: item.minimum, status }];
    })
    .sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
}

function conflictsOn(
  views: ReadonlyMap<string, View>,
  day: string,
  site: SiteFilter,
  requesterOf: (request: RequestView) => { name: string | null },
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const view of views.values()) {
    if (view.kind !== 'request' || !view.created || view.created.day !== day || !inSite(view, site)) continue;
    if (!view.outcome || view.overridden.length === 0 || requestState(view) === 'pending') continue;
    conflicts.push({
      requestId: view.id,
      ticket: view.created.ticket,
      name: requesterOf(view).name,
      kept: view.outcome,
      notApplied: view.overridden,
    });
  }
  return conflicts.sort((a, b) => wallTime(b.kept.at) - wallTime(a.kept.at));
}
