/**
 * The sync status and data version as signals, in a module of their own: the header's status
 * widget and the screens that re-read their views import these without loading the op store,
 * the sync client or the op schemas (app-sync.ts, which sets them, loads after the first paint).
 */
import { signal } from '@preact/signals';
import type { PersistenceResult } from '../store/persistence.js';
import type { SyncStatus } from './sync-client.js';

export interface AppSyncStatus extends SyncStatus {
  /** Whether the browser promised to keep this device's data under storage pressure. */
  readonly storage: PersistenceResult | 'unknown';
  /** The last change could not be saved because the device is out of space. */
  readonly storageFull: boolean;
}

export const syncStatus = signal<AppSyncStatus>({
  phase: 'idle',
  pending: 0,
  rejected: 0,
  lastSyncAt: null,
  problem: null,
  storage: 'unknown',
  storageFull: false,
});

/** Bumped after every local write and every sync round, so screens re-read their views. */
export const dataVersion = signal(0);
