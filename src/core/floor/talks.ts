/**
 * The "Talk with staff" list, from the merged views: every request's case-manager topics as one
 * conversation, with its state. The signed-in staff member's people come first ("My people").
 * Pure, so every staff device shows the same list.
 */
import { isTopic } from '../catalog/topics.js';
import { type ConversationState, conversationState } from '../fold/conversations.js';
import { catalogItems, currentParticipant } from '../fold/selectors.js';
import type { ConversationEnd, ConversationView, RequestView, View, VisitView } from '../fold/views.js';
import { viewKey } from '../fold/views.js';
import { itemName } from '../kiosk/needs.js';
import type { ItemFields } from '../ops/catalog.js';
import { inSite, type SiteFilter } from '../sites/site.js';
import { participantNames, wallTime } from './floor.js';

export interface TalkTopic {
  readonly itemId: string;
  readonly name: string;
}

export interface TalkEntry {
  /** The topic request's id: every conversation op is keyed by it. */
  readonly requestId: string;
  readonly ticket: string | null;
  readonly name: string | null;
  readonly who: 'participant' | 'visitor';
  readonly participantId: string | null;
  /** The participant's assigned case manager (a staff id), if any. */
  readonly caseManager: string | null;
  /** When they asked (ms). */
  readonly since: number;
  readonly topics: readonly TalkTopic[];
  readonly state: ConversationState;
  /** Who started the talk (a staff id), once it started. */
  readonly talkingWith: string | null;
  readonly ended: ConversationEnd | null;
}

export interface Talks {
  /** Waiting or talking, for the staff member looking: their assigned people, and talks they started. */
  readonly mine: readonly TalkEntry[];
  /** Every other waiting or talking conversation. */
  readonly others: readonly TalkEntry[];
  /** Asked for on `day` and done or not today, the latest end first. */
  readonly ended: readonly TalkEntry[];
}

/**
 * The Talk list of `site` for `staffId` on center day `day`; open conversations from earlier days
 * stay until ended. A talk is the site's where its request was made.
 */
export function talksOf(
  views: ReadonlyMap<string, View>,
  day: string,
  language: string,
  staffId: string,
  site: SiteFilter = 'all',
): Talks {
  const items = new Map(catalogItems(views).map((item) => [item.id, item]));
  const names = participantNames(views);
  const entries: TalkEntry[] = [];
  for (const view of views.values()) {
    if (view.kind !== 'request' || !view.created || !inSite(view, site)) continue;
    const topics = view.created.items.filter((line) => isTopic(items.get(line.itemId)));
    if (topics.length === 0) continue;
    const conversation = views.get(viewKey('conversation', view.id)) as ConversationView | undefined;
    entries.push({
      requestId: view.id,
      ticket: view.created.ticket,
      ...requester(views, view, names),
      since: wallTime(view.created.at),
      topics: topics.map((line) => {
        const item = items.get(line.itemId);
        return { itemId: line.itemId, name: item ? itemName(item, language) : line.itemId };
      }),
      state: conversationState(conversation),
      talkingWith: conversation?.started?.actor ?? null,
      ended: conversation?.ended ?? null,
    });
  }
  const oldestFirst = (a: TalkEntry, b: TalkEntry) => a.since - b.since || (a.requestId < b.requestId ? -1 : 1);
  const open = entries.filter((entry) => entry.state === 'waiting' || entry.state === 'talking').sort(oldestFirst);
  const isMine = (entry: TalkEntry) => entry.caseManager === staffId || entry.talkingWith === staffId;
  return {
    mine: open.filter(isMine),
    others: open.filter((entry) => !isMine(entry)),
    ended: entries
      .filter((entry) => entry.ended !== null && dayOf(views, entry.requestId) === day)
      .sort((a, b) => ((a.ended?.at ?? '') < (b.ended?.at ?? '') ? 1 : -1)),
  };
}

function dayOf(views: ReadonlyMap<string, View>, requestId: string): string | null {
  const request = views.get(viewKey('request', requestId)) as RequestView | undefined;
  return request?.created?.day ?? null;
}

function requester(
  views: ReadonlyMap<string, View>,
  request: RequestView,
  names: ReadonlyMap<string, string>,
): Pick<TalkEntry, 'who' | 'participantId' | 'name' | 'caseManager'> {
  const participantId = request.created?.participantId ?? null;
  if (participantId) {
    const view = views.get(viewKey('participant', participantId));
    const participant = view?.kind === 'participant' ? currentParticipant(view) : null;
    return {
      who: 'participant',
      participantId,
      name: names.get(participantId) ?? null,
      caseManager: participant?.caseManager ?? null,
    };
  }
  const visit = request.created
    ? (views.get(viewKey('visit', request.created.visitId)) as VisitView | undefined)
    : undefined;
  return { who: 'visitor', participantId: null, name: visit?.who === 'visitor' ? visit.name : null, caseManager: null };
}

/** A request's talk part, for histories: where its conversation stands, and whether it also asked for hand-outs. */
export interface RequestTalk {
  readonly state: ConversationState;
  /** Also has lines to hand out (those follow the request's own outcome). */
  readonly handOut: boolean;
}

/** The talk part of each request that asked for topics, by request id. */
export function requestTalks(
  requests: Iterable<RequestView>,
  items: ReadonlyMap<string, Pick<ItemFields, 'category'>>,
  conversations: Iterable<ConversationView>,
): Map<string, RequestTalk> {
  const byId = new Map([...conversations].map((conversation) => [conversation.id, conversation]));
  const talks = new Map<string, RequestTalk>();
  for (const request of requests) {
    const lines = request.created?.items ?? [];
    const topics = lines.filter((line) => isTopic(items.get(line.itemId)));
    if (topics.length === 0) continue;
    talks.set(request.id, {
      state: conversationState(byId.get(request.id)),
      handOut: topics.length < lines.length,
    });
  }
  return talks;
}
