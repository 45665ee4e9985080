/** The sync API as three calls, over `apiRequest` in the browser or any `RequestFn` in tests. */
import type { Op } from '../core/ops/op.js';
import {
  type DeviceStorageReport,
  MAX_PULL_OPS,
  PullResponse,
  PushResponse,
  SnapshotResponse,
} from '../core/sync/api.js';
import { type ApiResult, apiRequest, type RequestFn } from './http.js';

export interface PullOptions {
  readonly limit?: number;
  /** Seconds the server may hold the answer when nothing is new (long-poll). */
  readonly wait?: number;
  readonly signal?: AbortSignal;
}

export interface SyncTransport {
  /** `deviceTime`: what this device's clock reads, on the basis of its stamps (default: now). */
  push(ops: readonly Op[], deviceTime?: number): Promise<ApiResult<PushResponse>>;
  pull(after: number, options?: PullOptions): Promise<ApiResult<PullResponse>>;
  snapshot(): Promise<ApiResult<SnapshotResponse>>;
}

export interface TransportOptions {
  /**
   * What the device says of its own storage with each push and pull (a kiosk has no staff beside
   * it: this is how they hear its storage is full); undefined says nothing.
   */
  readonly deviceStorage?: () => DeviceStorageReport | undefined;
  /** This device's clock, for the time a push reports when the caller gives none (tests give one that is off). */
  readonly now?: () => number;
}

export function httpSyncTransport(request: RequestFn = apiRequest, options: TransportOptions = {}): SyncTransport {
  const storage = () => options.deviceStorage?.();
  const now = options.now ?? Date.now;
  return {
    // The device's clock goes along, so the server can allow for a tablet whose clock is off.
    push: (ops, deviceTime = now()) => {
      const deviceStorage = storage();
      const body = { ops, deviceTime, ...(deviceStorage ? { deviceStorage } : {}) };
      return request('POST', '/api/sync/push', { body, schema: PushResponse });
    },
    pull: (after, { limit = MAX_PULL_OPS, wait = 0, signal } = {}) => {
      const deviceStorage = storage();
      const report = deviceStorage ? `&deviceStorage=${deviceStorage}` : '';
      return request('GET', `/api/sync/pull?after=${after}&limit=${limit}&wait=${wait}${report}`, {
        schema: PullResponse,
        ...(signal ? { signal } : {}),
      });
    },
    snapshot: () => request('GET', '/api/sync/snapshot', { schema: SnapshotResponse }),
  };
}
