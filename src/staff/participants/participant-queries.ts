/**
 * What the participant screens read from this device's views: the list (with search and filter)
 * and one profile with its visits, requests, items received and cards. Works offline.
 */
import { type RequestTalk, requestTalks } from '../../core/floor/talks.js';
import { normaliseForSearch } from '../../core/fold/directory.js';
import { requestState } from '../../core/fold/requests.js';
import { type CatalogItem, catalogItems, currentParticipant, type Participant } from '../../core/fold/selectors.js';
import type { Origin, ParticipantView, RequestView, VisitView } from '../../core/fold/views.js';
import type { Consent } from '../../core/ops/participants.js';
import { appOpStore } from '../../sync/app-sync.js';

export interface ParticipantSummary extends Participant {
  /** Has a card that works (issued, not revoked). */
  readonly hasActiveCard: boolean;
  readonly enrolledAt: string;
}

export type StatusFilter = 'active' | 'inactive' | 'all';

/** Everyone enrolled, by preferred name. */
export async function listParticipants(): Promise<ParticipantSummary[]> {
  const views = await (await appOpStore()).viewsOfKind('participant');
  const list: ParticipantSummary[] = [];
  for (const view of views) {
    const participant = currentParticipant(view);
    if (!participant || !view.enrolled) continue;
    list.push({ ...participant, hasActiveCard: activeCards(view).length > 0, enrolledAt: view.enrolled.at });
  }
  return list.sort((a, b) => a.preferredName.localeCompare(b.preferredName) || a.id.localeCompare(b.id));
}

/**
 * Participants matching `query` (accent- and case-insensitive; every typed word must start one of
 * the names or aliases) and the status filter.
 */
export function filterParticipants<P extends Participant>(
  list: readonly P[],
  query: string,
  status: StatusFilter,
): P[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  return list.filter((participant) => {
    if (status === 'active' && !participant.active) return false;
    if (status === 'inactive' && participant.active) return false;
    if (words.length === 0) return true;
    const names = [participant.preferredName, participant.lastName ?? '', ...participant.aliases]
      .flatMap((name) => normaliseForSearch(name).split(/[^\p{L}\p{N}]+/u))
      .filter(Boolean);
    return words.every((word) => names.some((name) => name.startsWith(word)));
  });
}

export interface CardSummary {
  readonly cardId: string;
  readonly issued: Origin | null;
  readonly revoked: (Origin & { readonly reason: string }) | null;
}

export interface ReceivedItem {
  readonly itemId: string;
  readonly name: Readonly<Record<string, string>> | null;
  readonly quantity: number;
}

export interface ParticipantProfile {
  readonly participant: Participant;
  readonly consent: Consent;
  readonly enrolled: Origin;
  /** Newest first. */
  readonly cards: CardSummary[];
  /** Newest first. */
  readonly visits: VisitView[];
  /** Newest first. */
  readonly requests: RequestView[];
  /** Totals handed out through requests, most first. */
  readonly itemsReceived: ReceivedItem[];
  /** The conversation of each request that asked for case-manager topics, by request id. */
  readonly talks: ReadonlyMap<string, RequestTalk>;
}

export async function participantProfile(participantId: string): Promise<ParticipantProfile | null> {
  const store = await appOpStore();
  const view = (await store.view(`participant:${participantId}`)) as ParticipantView | undefined;
  const participant = view ? currentParticipant(view) : null;
  if (!view?.enrolled || !participant) return null;
  const [visits, requests, items, conversations] = await Promise.all([
    store.viewsOfKind('visit'),
    store.viewsOfKind('request'),
    store.viewsOfKind('item'),
    store.viewsOfKind('conversation'),
  ]);
  const theirVisits = visits.filter((visit) => visit.who === 'participant' && visit.participantId === participantId);
  const theirRequests = requests.filter((request) => request.created?.participantId === participantId);
  return {
    participant,
    consent: view.enrolled.consent,
    enrolled: view.enrolled,
    cards: Object.entries(view.cards)
      .map(([cardId, card]) => ({ cardId, issued: card.issued, revoked: card.revoked }))
      .sort((a, b) => ((a.issued?.at ?? '') < (b.issued?.at ?? '') ? 1 : -1)),
    visits: theirVisits.sort((a, b) => (a.at < b.at ? 1 : -1)),
    requests: theirRequests.sort((a, b) => ((a.created?.at ?? '') < (b.created?.at ?? '') ? 1 : -1)),
    itemsReceived: itemsReceived(theirRequests, catalogItems(items)),
    talks: requestTalks(theirRequests, new Map(catalogItems(items).map((item) => [item.id, item])), conversations),
  };
}

function activeCards(view: ParticipantView): string[] {
  return Object.entries(view.cards)
    .filter(([, card]) => card.issued !== null && card.revoked === null)
    .map(([cardId]) => cardId);
}

function itemsReceived(requests: readonly RequestView[], catalog: readonly CatalogItem[]): ReceivedItem[] {
  const totals = new Map<string, number>();
  for (const request of requests) {
    const state = requestState(request);
    if (state !== 'fulfilled' && state !== 'partlyFulfilled') continue;
    for (const line of request.outcome?.handedOut ?? [])
      totals.set(line.itemId, (totals.get(line.itemId) ?? 0) + line.quantity);
  }
  const names = new Map(catalog.map((item) => [item.id, item.names]));
  return [...totals]
    .map(([itemId, quantity]) => ({ itemId, name: names.get(itemId) ?? null, quantity }))
    .sort((a, b) => b.quantity - a.quantity);
}
