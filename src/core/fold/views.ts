/**
 * The materialized views every device and the server keep, one record per entity, keyed
 * `<kind>:<id>`. Each is a fold of the ops about that entity and can be rebuilt from them.
 * Site-bound views carry `site`, absent for the default site (see sites/site.ts).
 */
import type { ItemFields, OpeningSlotValue } from '../ops/catalog.js';
import type { NotTodayReason } from '../ops/conversations.js';
import type { Consent, ProfileFields } from '../ops/participants.js';
import type { DeclineReason, HandedOutItem, RequestCreated } from '../ops/requests.js';
import type { RetentionSet } from '../ops/retention.js';
import type { SiteFields } from '../ops/sites.js';
import type { VisitCheckedIn } from '../ops/visits.js';
import type { WaitThresholdsSet } from '../ops/waiting.js';
import { DEFAULT_SITE_ID } from '../sites/site.js';
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

/** issue 17 — sites: set on views of a site other than the default one, never on the default's. */
interface OfSite {
  readonly site?: string;
}

export interface ItemView extends OfSite {
  readonly kind: 'item';
  readonly id: string;
  readonly added: Origin | null;
  readonly fields: { readonly [K in keyof ItemFields]?: Register<ItemFields[K]> };
}

export interface StockView extends OfSite {
  readonly kind: 'stock';
  readonly itemId: string;
  readonly onHand: number;
  /** Number of ledger lines folded in (movements, counts and request hand-outs). */
  readonly lines: number;
}

export type RequestOutcomeType = 'fulfilled' | 'partlyFulfilled' | 'declined' | 'cancelled';

/** `site`: the answering op's, so taking a hand-out back touches the stock as its op did. */
export interface RequestOutcome extends Origin, OfSite {
  readonly type: RequestOutcomeType;
  readonly handedOut: readonly HandedOutItem[];
  readonly reason: DeclineReason | null;
  readonly note: string | null;
}

export interface RequestView extends OfSite {
  readonly kind: 'request';
  readonly id: string;
  readonly created: (RequestCreated & Origin) | null;
  /** The first final answer by clock; a request never goes back to pending. */
  readonly outcome: RequestOutcome | null;
  /** Later answers from other devices that lost to `outcome`, for staff to see after sync. */
  readonly overridden: readonly RequestOutcome[];
}

export type VisitView = VisitCheckedIn & Origin & OfSite & { readonly kind: 'visit' };

export interface OpenOverride {
  readonly mode: 'open' | 'closed';
  readonly until: string;
}

/** Keyed `settings` for the default site and `settings:<siteId>` for another (see `settingsKey`). */
export interface SettingsView extends OfSite {
  readonly kind: 'settings';
  readonly hours: Register<readonly OpeningSlotValue[]> | null;
  readonly openOverride: Register<OpenOverride | null> | null;
  /** Absent in views saved before issue 15: the defaults apply. */
  readonly waitThresholds?: Register<WaitThresholdsSet> | null;
  /**
   * issue 20: how long visit and request details keep a link to a person. Program-wide, so only
   * the default site's settings (`settings`) hold it; absent: the default (3 years).
   */
  readonly retention?: Register<RetentionSet> | null;
}

/** issue 15 — display: a request's calls to the lobby display (see calls.ts). Tickets only. */
export interface CallView extends OfSite {
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
  | CallView
  | SiteView;
export type ViewKind = View['kind'];

/** The default site's settings (hours, limits, wait thresholds), keyed as before sites existed. */
export const SETTINGS_KEY = 'settings';

/** Where a site's settings are kept: `settings` for the default site, `settings:<siteId>` for another. */
export function settingsKey(siteId: string): string {
  return siteId === DEFAULT_SITE_ID ? SETTINGS_KEY : `${SETTINGS_KEY}:${siteId}`;
}

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
export interface ConversationView extends OfSite {
  readonly kind: 'conversation';
  readonly id: string;
  /** The first "started" by clock: who is (or was) talking with the person. */
  readonly started: Origin | null;
  /** The first end by clock. */
  readonly ended: ConversationEnd | null;
}

// issue 17 — sites

/** A drop-in site, keyed `site:<siteId>`: name, address and phone, each last-writer-wins. */
export interface SiteView {
  readonly kind: 'site';
  readonly id: string;
  /** The first `site.created` by clock. */
  readonly created: Origin | null;
  readonly fields: { readonly [K in keyof SiteFields]?: Register<SiteFields[K]> };
}
