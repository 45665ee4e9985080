/**
 * What screens and reports ask of the views: stock on hand, open and closed requests, a day's
 * visits, participants, the catalog, settings. Pure functions of the views map. Selectors of
 * site-bound things take a site filter; `'all'` (the default) is what they did before sites.
 */
import { DEFAULT_OPENING_HOURS } from '../center.js';
import { DEFAULT_WAIT_THRESHOLDS, type WaitThresholds } from '../floor/waiting.js';
import type { ItemFields, OpeningSlotValue } from '../ops/catalog.js';
import type { ProfileFields } from '../ops/participants.js';
import { DEFAULT_SITE_ID, inSite, type SiteFilter } from '../sites/site.js';
import { valuesOf } from './register.js';
import { requestState } from './requests.js';
import type {
  ItemView,
  OpenOverride,
  ParticipantView,
  RequestView,
  SettingsView,
  StockView,
  View,
  VisitView,
} from './views.js';
import { settingsKey } from './views.js';

type Views = ReadonlyMap<string, View> | Iterable<View>;

type SiteBoundKind = 'item' | 'stock' | 'request' | 'visit';

function* viewsOfKind<K extends SiteBoundKind>(
  views: Views,
  kind: K,
  site: SiteFilter,
): Generator<Extract<View, { kind: K }>> {
  const all =
    'values' in views && typeof views.values === 'function' ? (views as ReadonlyMap<string, View>).values() : views;
  for (const view of all as Iterable<View>) {
    if (view.kind === kind && inSite(view as Extract<View, { kind: K }>, site))
      yield view as Extract<View, { kind: K }>;
  }
}

/** On-hand quantity per item id (items with no movements are absent, i.e. 0). */
export function stockLevels(views: Views, site: SiteFilter = 'all'): Map<string, number> {
  const levels = new Map<string, number>();
  for (const stock of viewsOfKind(views, 'stock', site)) levels.set(stock.itemId, (stock as StockView).onHand);
  return levels;
}

export type StockStatus = 'ok' | 'low' | 'out' | 'needsCount';

/** Below zero means the merged ledger disagrees with the shelf: someone should count it. */
export function stockStatus(onHand: number, minimum: number | null): StockStatus {
  if (onHand < 0) return 'needsCount';
  if (onHand === 0) return 'out';
  if (minimum !== null && onHand <= minimum) return 'low';
  return 'ok';
}

/** Requests still waiting, oldest first (by the clock of their creation). */
export function openRequests(views: Views, site: SiteFilter = 'all'): RequestView[] {
  return [...viewsOfKind(views, 'request', site)]
    .filter((request) => requestState(request) === 'pending')
    .sort((a, b) => ((a.created?.at ?? '') < (b.created?.at ?? '') ? -1 : 1));
}

/** Requests with a final outcome, most recently answered first. */
export function closedRequests(views: Views, site: SiteFilter = 'all'): RequestView[] {
  return [...viewsOfKind(views, 'request', site)]
    .filter((request) => request.created !== null && request.outcome !== null)
    .sort((a, b) => ((a.outcome?.at ?? '') > (b.outcome?.at ?? '') ? -1 : 1));
}

/** Visits on a center day, in check-in order. */
export function visitsOn(views: Views, day: string, site: SiteFilter = 'all'): VisitView[] {
  return [...viewsOfKind(views, 'visit', site)]
    .filter((visit) => visit.day === day)
    .sort((a, b) => (a.at < b.at ? -1 : 1));
}

export interface CatalogItem extends ItemFields {
  readonly id: string;
}

/** Items that have been added (retired ones included; screens decide whether to show them), in kiosk order. */
export function catalogItems(views: Views, site: SiteFilter = 'all'): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (const view of viewsOfKind(views, 'item', site)) {
    const item = currentItem(view as ItemView);
    if (item) items.push(item);
  }
  return items.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

export function currentItem(view: ItemView): CatalogItem | null {
  if (!view.added) return null;
  return { ...(valuesOf<ItemFields>(view.fields) as ItemFields), id: view.id };
}

export interface Participant extends ProfileFields {
  readonly id: string;
  readonly active: boolean;
}

export function currentParticipant(view: ParticipantView): Participant | null {
  if (!view.enrolled) return null;
  return {
    ...(valuesOf<ProfileFields>(view.fields) as ProfileFields),
    id: view.id,
    active: view.active?.value ?? true,
  };
}

export interface Settings {
  readonly hours: readonly OpeningSlotValue[];
  readonly openOverride: OpenOverride | null;
  readonly waitThresholds: WaitThresholds;
}

/**
 * A site's settings (the default site's unless told). Until an admin sets them, the default site
 * has the center's default hours and any other site none: a kiosk there shows closed rather than
 * another center's hours.
 */
export function settingsOf(views: ReadonlyMap<string, View>, site: string = DEFAULT_SITE_ID): Settings {
  const view = views.get(settingsKey(site)) as SettingsView | undefined;
  return {
    hours: view?.hours?.value ?? (site === DEFAULT_SITE_ID ? DEFAULT_OPENING_HOURS : []),
    openOverride: view?.openOverride?.value ?? null,
    waitThresholds: view?.waitThresholds?.value ?? DEFAULT_WAIT_THRESHOLDS,
  };
}
