/**
 * The operation envelope and every op type. An op is an immutable past-tense fact with a
 * client-generated id, the device that made it, that device's sequence number, a hybrid logical
 * clock stamp and the staff member who did it (null on a kiosk). Corrections are new ops.
 */
import { z } from '../schema.js';
import { TicketCalled, TicketNotAnswered } from './calls.js';
import { HoursSet, ItemAdded, ItemRetired, ItemUpdated, LimitSet, OpenOverrideSet } from './catalog.js';
import { HLC_MAX_LENGTH, HLC_PATTERN } from './clock.js';
import { ConversationFinished, ConversationNotToday, ConversationStarted } from './conversations.js';
import { Id } from './ids.js';
import {
  CardIssued,
  CardRevoked,
  ParticipantActiveChanged,
  ParticipantEnrolled,
  ParticipantUpdated,
  ParticipantViewed,
} from './participants.js';
import { RequestCancelled, RequestCreated, RequestDeclined, RequestFulfilled } from './requests.js';
import { RetentionApplied, RetentionSet } from './retention.js';
import { ReversalReported } from './reversals.js';
import { SiteCreated, SiteUpdated } from './sites.js';
import { StockAdjusted, StockCounted, StockHandedOut, StockReceived } from './stock.js';
import { StockBatchHandedOut, StockBatchReceived } from './stock-batch.js';
import { VisitCheckedIn } from './visits.js';
import { WaitThresholdsSet } from './waiting.js';

export const Stamp = z.string().regex(HLC_PATTERN, 'must be a hybrid logical clock stamp').max(HLC_MAX_LENGTH);

const envelope = {
  id: Id,
  deviceId: Id,
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  at: Stamp,
  actor: Id.nullable().describe('The staff member who did it; null for a kiosk'),
  // issue 17 — sites: absent on every op made before sites; absent and DEFAULT_SITE_ID are alike.
  site: Id.optional().describe(
    'The site the op is about (a device writes its own); absent means the default site. Participant and card ops belong to the program: there it only says where it happened',
  ),
};

function opOf<const T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.object({ ...envelope, type: z.literal(type), payload });
}

export const Op = z
  .discriminatedUnion('type', [
    opOf('visit.checkedIn', VisitCheckedIn),
    opOf('request.created', RequestCreated),
    opOf('request.fulfilled', RequestFulfilled),
    opOf('request.declined', RequestDeclined),
    opOf('request.cancelled', RequestCancelled),
    opOf('stock.received', StockReceived),
    opOf('stock.handedOut', StockHandedOut),
    opOf('stock.adjusted', StockAdjusted),
    opOf('stock.counted', StockCounted),
    opOf('participant.enrolled', ParticipantEnrolled),
    opOf('participant.updated', ParticipantUpdated),
    opOf('participant.deactivated', ParticipantActiveChanged),
    opOf('participant.reactivated', ParticipantActiveChanged),
    // Staff opened a profile: recorded for the audit log, changes no view.
    opOf('participant.viewed', ParticipantViewed),
    opOf('card.issued', CardIssued),
    opOf('card.revoked', CardRevoked),
    opOf('catalog.itemAdded', ItemAdded),
    opOf('catalog.itemUpdated', ItemUpdated),
    opOf('catalog.itemRetired', ItemRetired),
    opOf('settings.hoursSet', HoursSet),
    opOf('settings.openOverrideSet', OpenOverrideSet),
    opOf('settings.limitSet', LimitSet),
    // issue 15 — desk: a box received, or a walk-up hand-out of several items, as one op.
    opOf('stock.batchReceived', StockBatchReceived),
    opOf('stock.batchHandedOut', StockBatchHandedOut),
    // issue 15 — conversations: a case-manager topic, keyed by its request's id.
    opOf('conversation.started', ConversationStarted),
    opOf('conversation.finished', ConversationFinished),
    opOf('conversation.notToday', ConversationNotToday),
    // issue 15 — display: calling a number to the lobby display.
    opOf('ticket.called', TicketCalled),
    opOf('ticket.notAnswered', TicketNotAnswered),
    // issue 15: after how many minutes a waiting request shows amber, then red.
    opOf('settings.waitThresholdsSet', WaitThresholdsSet),
    // issue 16 — an overdose reversal reported at the kiosk, anonymous unless the person adds their name.
    opOf('overdose.reversalReported', ReversalReported),
    // issue 17 — sites: a program's drop-in sites, each with its own name, address and phone.
    opOf('site.created', SiteCreated),
    opOf('site.updated', SiteUpdated),
    // issue 20 — retention: how long visit and request details keep a link to a person (admins),
    // and the server's daily note that older links are gone (no device may push it).
    opOf('settings.retentionSet', RetentionSet),
    opOf('retention.applied', RetentionApplied),
  ])
  .meta({ id: 'Op' });
export type Op = z.infer<typeof Op>;
export type OpType = Op['type'];
export type OpOf<T extends OpType> = Extract<Op, { type: T }>;
export type PayloadOf<T extends OpType> = OpOf<T>['payload'];

/**
 * What an action asks the store to record; the store adds the envelope. `site`, when given, is
 * the envelope's site: an op about a site other than the device's own (a staff console working on
 * another site). Left out, the op is the device's site's.
 */
export type OpDraft = {
  [T in OpType]: { readonly type: T; readonly payload: PayloadOf<T>; readonly site?: string };
}[OpType];

/** A kiosk may only check people in, create requests and report an overdose reversal. */
export const KIOSK_OP_TYPES: ReadonlySet<OpType> = new Set([
  'visit.checkedIn',
  'request.created',
  'overdose.reversalReported',
]);

/** Calls of ticket numbers: the only ops a lobby display reads (no names, no items). */
export const CALL_OP_TYPES: ReadonlySet<OpType> = new Set(['ticket.called', 'ticket.notAnswered']);

/** Ops only the server makes: a device that pushes one is refused (server/sync/op-rules.ts). */
export const SERVER_ONLY_OP_TYPES: ReadonlySet<OpType> = new Set(['retention.applied']);

/** Catalog and settings ops: kiosks receive these (they show the catalog and follow the hours). */
export function isCatalogOrSettingsOpType(type: OpType): boolean {
  return type.startsWith('catalog.') || type.startsWith('settings.');
}

/** Creating a site or changing its name, address or phone. */
export function isSiteOpType(type: OpType): boolean {
  return type.startsWith('site.');
}

/**
 * The catalog, hours, limits and sites are for admins. Any staff member may open the kiosks for
 * a special event (or close them early): that is a floor decision, made on the day.
 */
export function isAdminOpType(type: OpType): boolean {
  return (isCatalogOrSettingsOpType(type) && type !== 'settings.openOverrideSet') || isSiteOpType(type);
}

/** Orders ops by clock, then id (in order.ts, which loads no schemas). */
export { compareOps } from './order.js';
