/**
 * `window.leadDropin`: a small console API for support and end-to-end tests, to record a change,
 * sync and look at this device's data. It goes through the same store, rules and sync as screens,
 * and loads them only when first used, so the start page stays small.
 */
import type { OpDraft } from '../core/ops/op.js';
import type { AppSyncStatus, RecordResult, recordChanges } from './app-sync.js';

type RecordAllResult = Awaited<ReturnType<typeof recordChanges>>;

export interface ConsoleApi {
  /** Records a change on this device; `actor` is the staff member's id (null for kiosk ops). */
  record(draft: OpDraft, actor?: string | null): Promise<RecordResult>;
  /** Several changes as one action, saved together (one transaction) or not at all. */
  recordAll(drafts: readonly OpDraft[], actor?: string | null): Promise<RecordAllResult>;
  syncNow(): Promise<boolean>;
  /** The sync status, with the outbox counted at the moment of asking. */
  status(): Promise<AppSyncStatus>;
  /** Stock on hand per item id, as this device sees it. */
  stock(): Promise<Record<string, number>>;
  views(): Promise<Record<string, unknown>>;
  ops(): Promise<unknown[]>;
}

declare global {
  interface Window {
    leadDropin?: ConsoleApi;
  }
}

const sync = () => import('./app-sync.js');
const allViews = async () => (await (await sync()).appOpStore()).allViews();

export function installConsoleApi(): void {
  const api: ConsoleApi = {
    record: async (draft, actor = null) => (await sync()).recordChange(draft, actor),
    recordAll: async (drafts, actor = null) => (await sync()).recordChanges(drafts, actor),
    syncNow: async () => (await sync()).syncNow(),
    // The outbox counted now, not the status signal's count, which is refreshed a moment after a
    // write: "nothing pending" read straight after a change must not be yesterday's news.
    status: async () => {
      const app = await sync();
      const pending = await (await app.appOpStore()).outboxCount();
      return { ...app.syncStatus.peek(), pending };
    },
    stock: async () => {
      const { stockLevels } = await import('../core/fold/selectors.js');
      return Object.fromEntries(stockLevels(await allViews()));
    },
    views: async () => Object.fromEntries(await allViews()),
    ops: async () => (await (await sync()).appOpStore()).allOps(),
  };
  window.leadDropin = Object.freeze(api);
}
