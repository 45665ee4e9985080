/**
 * The materialized views every device and the server keep, one record per entity, keyed
 * `<kind>:<id>`. Each is a fold of the ops about that entity and can be rebuilt from them.
 */
import type { ItemFields, OpeningSlotValue } from '../ops/catalog.js';
import type { NotTodayReason } from '../ops/conversations.js';
import type { Consent, ProfileFields } from '../ops/participants.js';
import type { DeclineReason, HandedOutItem, RequestCreated } from '../ops/requests.js';
import type { VisitCheckedIn } from '../ops/visits.js';
import type { WaitThresholdsSet } from '../ops/waiting.js';
import type { Register } from './register.js';

/** Who did something and where: shown in histories. */
export interface Origin {
  readonly opId: string;
  readonly at: string;
  readonly deviceId: string;
  readonly actor: string | null;
}

export interface CardView {
  readonly tokenHash: string | null;
  readonly issued: Origin | null;
  readonly revoked: (Origin & { readonly reason: string }) | null;
}

export interface ParticipantView {
  readonly kind: 'participant';
  readonly id: string;
  readonly enrolled: (Origin & { readonly consent: Consent }) | null;
  readonly fields: { readonly [K in keyof ProfileFields]?: Register<ProfileFields[K]> };
  readonly active: Register<boolean> | null;
  readonly cards: Readonly<Record<string, CardView>>;
}

export interface ItemView {
  readonly kind: 'item';
  readonly id: string;
  readonly added: Origin | null;
  readonly fields: { readonly [K in keyof ItemFields]?: Register<ItemFields[K]> };
}

export interface StockView {
  readonly kind: 'stock';
  readonly itemId: string;
  readonly onHand: number;
  /** Number of ledger lines folded in (movements, counts and request hand-outs). */
  readonly lines: number;
}

export type RequestOutcomeType = 'fulfilled' | 'partlyFulfilled' | 'declined' | 'cancelled';

export interface RequestOutcome extends Origin {
  readonly type: RequestOutcomeType;
  readonly handedOut: readonly HandedOutItem[];
  readonly reason: DeclineReason | null;
  readonly note: string | null;
}

export interface RequestView {
  readonly kind: 'request';
  readonly id: string;
  readonly created: (RequestCreated & Origin) | null;
  /** The first final answer by clock; a request never goes back to pending. */
  readonly outcome: RequestOutcome | null;
  /** Later answers from other devices that lost to `outcome`, for staff to see after sync. */
  readonly overridden: readonly RequestOutcome[];
}

export type VisitView = VisitCheckedIn & Origin & { readonly kind: 'visit' };

export interface OpenOverride {
  readonly mode: 'open' | 'closed';
  readonly until: string;
}

export interface SettingsView {
  readonly kind: 'settings';
  readonly hours: Register<readonly OpeningSlotValue[]> | null;
  readonly openOverride: Register<OpenOverride | null> | null;
  /** Absent in views saved before issue 15: the defaults apply. */
  readonly waitThresholds?: Register<WaitThresholdsSet> | null;
}

/** issue 15 — display: a request's calls to the lobby display (see calls.ts). Tickets only. */
export interface CallView {
  readonly kind: 'call';
  readonly requestId: string;
  /** From the latest call; null while only a "no answer" has arrived. */
  readonly ticket: string | null;
  readonly day: string | null;
  /** How many calls were made (Call, then Call again). */
  readonly calls: number;
  readonly lastCall: { readonly opId: string; readonly at: string } | null;
  readonly noAnswer: { readonly opId: string; readonly at: string } | null;
}

export type View =
  | ParticipantView
  | ItemView
  | StockView
  | RequestView
  | VisitView
  | SettingsView
  | ConversationView
  | CallView;
export type ViewKind = View['kind'];

export const SETTINGS_KEY = 'settings';

export function viewKey(kind: Exclude<ViewKind, 'settings'>, id: string): string {
  return `${kind}:${id}`;
}

export function originOf(op: {
  readonly id: string;
  readonly at: string;
  readonly deviceId: string;
  readonly actor: string | null;
}): Origin {
  return { opId: op.id, at: op.at, deviceId: op.deviceId, actor: op.actor };
}

// issue 15 — conversations

/** How a conversation ended: it happened (`done`) or could not happen today (`notToday`). */
export interface ConversationEnd extends Origin {
  readonly type: 'done' | 'notToday';
  readonly reason: NotTodayReason | null;
  readonly note: string | null;
}

/**
 * The talk about a request's case-manager topics, keyed by the request's id. Both parts keep the
 * earliest op by clock, so the view is the same whatever order ops arrive in; an end outranks a
 * start (state only moves forward: waiting → talking → done or not today).
 */
export interface ConversationView {
  readonly kind: 'conversation';
  readonly id: string;
  /** The first "started" by clock: who is (or was) talking with the person. */
  readonly started: Origin | null;
  /** The first end by clock. */
  readonly ended: ConversationEnd | null;
}
