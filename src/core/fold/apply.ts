/**
 * Applies one op to the views it touches. Reads go through `read`, so the same code runs over an
 * in-memory map (tests, folds), SQLite (server) and IndexedDB (browser, via `applyOpAsync`).
 * The caller applies each op id once; the result does not depend on the order ops come in.
 */
import { compareOps, type Op } from '../ops/op.js';
import { siteField, siteOf } from '../sites/site.js';
import { applyCallOp } from './calls.js';
import { applyItemOp, applyRetentionSetOp, applySettingsOp } from './catalog.js';
import { applyConversationOp } from './conversations.js';
import { applyParticipantOp } from './participants.js';
import { applyRequestOp } from './requests.js';
import { applySiteOp } from './sites.js';
import { applyStockDelta, stockDeltasOf } from './stock.js';
import {
  type CallView,
  type ConversationView,
  type ItemView,
  originOf,
  type ParticipantView,
  type RequestView,
  SETTINGS_KEY,
  type SettingsView,
  type SiteView,
  type StockView,
  settingsKey,
  type View,
  type VisitView,
  viewKey,
} from './views.js';

export type ViewReader = (key: string) => View | undefined;

/** The views `op` changes, keyed like the store keys them. */
export function applyOp(op: Op, read: ViewReader): Map<string, View> {
  const changed = new Map<string, View>();
  const get = <V extends View>(key: string) => (changed.get(key) ?? read(key)) as V | undefined;
  const addStock = (itemId: string, delta: number, lines: 1 | 0 | -1, site: string) => {
    const key = viewKey('stock', itemId);
    changed.set(key, applyStockDelta(get<StockView>(key), itemId, delta, lines, site));
  };

  switch (op.type) {
    case 'visit.checkedIn': {
      const key = viewKey('visit', op.payload.visitId);
      const current = get<VisitView>(key);
      // Two ops for one visit cannot come from honest devices; keep the earlier so all agree.
      if (!current || compareOps(op, { at: current.at, id: current.opId }) < 0) {
        changed.set(key, { ...op.payload, ...originOf(op), kind: 'visit', ...siteField(siteOf(op)) });
      }
      break;
    }
    case 'request.created':
    case 'request.fulfilled':
    case 'request.declined':
    case 'request.cancelled': {
      const key = viewKey('request', op.payload.requestId);
      const change = applyRequestOp(get<RequestView>(key), op);
      changed.set(key, change.view);
      for (const line of change.stock) addStock(line.itemId, line.delta, line.lines, line.site);
      break;
    }
    case 'stock.received':
    case 'stock.handedOut':
    case 'stock.adjusted':
    case 'stock.counted':
    case 'stock.batchReceived':
    case 'stock.batchHandedOut':
      for (const line of stockDeltasOf(op)) addStock(line.itemId, line.delta, 1, siteOf(op));
      break;
    case 'participant.enrolled':
    case 'participant.updated':
    case 'participant.deactivated':
    case 'participant.reactivated':
    case 'card.issued':
    case 'card.revoked': {
      const key = viewKey('participant', op.payload.participantId);
      changed.set(key, applyParticipantOp(get<ParticipantView>(key), op));
      break;
    }
    case 'catalog.itemAdded':
    case 'catalog.itemUpdated':
    case 'catalog.itemRetired':
    case 'settings.limitSet': {
      const key = viewKey('item', op.payload.itemId);
      changed.set(key, applyItemOp(get<ItemView>(key), op));
      break;
    }
    case 'settings.hoursSet':
    case 'settings.openOverrideSet':
    case 'settings.waitThresholdsSet': {
      const key = settingsKey(siteOf(op));
      changed.set(key, applySettingsOp(get<SettingsView>(key), op));
      break;
    }
    case 'settings.retentionSet':
      changed.set(SETTINGS_KEY, applyRetentionSetOp(get<SettingsView>(SETTINGS_KEY), op));
      break;
    case 'site.created':
    case 'site.updated': {
      const key = viewKey('site', op.payload.siteId);
      changed.set(key, applySiteOp(get<SiteView>(key), op));
      break;
    }
    case 'participant.viewed':
    // A reversal report is counted by the reports straight from the op log; it changes no view.
    case 'overdose.reversalReported':
    // Changes no one view: each store rewrites what it holds by the rule in core/retention.
    case 'retention.applied':
      break;
    case 'conversation.started':
    case 'conversation.finished':
    case 'conversation.notToday': {
      const key = viewKey('conversation', op.payload.requestId);
      changed.set(key, applyConversationOp(get<ConversationView>(key), op));
      break;
    }
    case 'ticket.called':
    case 'ticket.notAnswered': {
      const key = viewKey('call', op.payload.requestId);
      changed.set(key, applyCallOp(get<CallView>(key), op));
      break;
    }
  }
  return changed;
}

/**
 * `applyOp` over an asynchronous store (IndexedDB): runs the pure fold, loads whatever views it
 * asked for that were not loaded yet, and repeats until it asked for nothing new (two rounds at
 * most: a request outcome first reads the request, then the stock of the items it hands out).
 */
export async function applyOpAsync(
  op: Op,
  load: (key: string) => Promise<View | undefined>,
): Promise<Map<string, View>> {
  const loaded = new Map<string, View | undefined>();
  for (;;) {
    const missing: string[] = [];
    const changed = applyOp(op, (key) => {
      if (loaded.has(key)) return loaded.get(key);
      missing.push(key);
      return undefined;
    });
    if (missing.length === 0) return changed;
    for (const key of missing) loaded.set(key, await load(key));
  }
}

/** The views after folding `ops` (duplicates by id are applied once) over `initial`. */
export function foldOps(ops: Iterable<Op>, initial?: ReadonlyMap<string, View>): Map<string, View> {
  const views = new Map(initial);
  const seen = new Set<string>();
  for (const op of ops) {
    if (seen.has(op.id)) continue;
    seen.add(op.id);
    for (const [key, view] of applyOp(op, (k) => views.get(k))) views.set(key, view);
  }
  return views;
}
