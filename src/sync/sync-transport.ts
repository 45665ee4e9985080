/** The sync API as three calls, over `apiRequest` in the browser or any `RequestFn` in tests. */
import type { Op } from '../core/ops/op.js';
import { MAX_PULL_OPS, PullResponse, PushResponse, SnapshotResponse } from '../core/sync/api.js';
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

/** `now` is this device's clock (tests give a device one that is off). */
export function httpSyncTransport(request: RequestFn = apiRequest, now: () => number = Date.now): SyncTransport {
  return {
    // The device's clock goes along, so the server can allow for a tablet whose clock is off.
    push: (ops, deviceTime = now()) =>
      request('POST', '/api/sync/push', { body: { ops, deviceTime }, schema: PushResponse }),
    pull: (after, { limit = MAX_PULL_OPS, wait = 0, signal } = {}) =>
      request('GET', `/api/sync/pull?after=${after}&limit=${limit}&wait=${wait}`, {
        schema: PullResponse,
        ...(signal ? { signal } : {}),
      }),
    snapshot: () => request('GET', '/api/sync/snapshot', { schema: SnapshotResponse }),
  };
}
