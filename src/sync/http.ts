/**
 * The one place the app talks HTTP to its server. Answers are values, never exceptions: a
 * validated `{ok: true, value}` or `{ok: false, status, error, message}` (status 0 when offline).
 */
import { ApiError, type ApiFailure } from '../core/api.js';
import type { z } from '../core/schema.js';
import { forgetRememberedIdentity, markDeviceRevoked, rememberedDeviceIdentity } from '../store/device-identity.js';
import { thisDevice } from './device-state.js';

export type { ApiFailure } from '../core/api.js';
export type ApiResult<T> = { readonly ok: true; readonly value: T } | ApiFailure;
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A request that has had no answer after this long counts as offline. */
const TIMEOUT_MS = 20_000;

type FailureListener = (failure: ApiFailure) => void;
const failureListeners = new Set<FailureListener>();

/** Calls `listener` with every failed request (e.g. to notice a session that ended); returns an unsubscribe. */
export function onApiFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

export interface RequestOptions<T> {
  readonly body?: unknown;
  readonly schema: z.ZodType<T>;
  /** Aborting answers `{ok: false, error: 'aborted'}` (e.g. a long-poll no longer needed). */
  readonly signal?: AbortSignal;
}

/** How the sync client sends requests: `apiRequest` in the browser, a base URL and credentials in tests. */
export type RequestFn = <T>(method: HttpMethod, path: string, options: RequestOptions<T>) => Promise<ApiResult<T>>;

/** Sends one request to `/api...` and validates the answer with `schema`. */
export async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions<T>,
): Promise<ApiResult<T>> {
  // A revoked token would only earn 401s; without it the browser can still sign staff in.
  const identity = await rememberedDeviceIdentity();
  const token = identity && !identity.revoked ? identity.token : undefined;
  const result = await sendRequest(method, path, options, token ? { Authorization: `Bearer ${token}` } : {});
  if (!result.ok) {
    // Another tab may have paired this browser again since the identity was read.
    if (result.status === 401) forgetRememberedIdentity();
    if (result.status === 401 && result.error === 'device_revoked' && token) await noteDeviceRevoked(token);
    for (const listener of failureListeners) listener(result);
  }
  return result;
}

/**
 * One request and its validated answer, with `credentials` as extra headers. Exported for tests,
 * which talk to a server on another origin with their own credentials; the app uses `apiRequest`.
 */
export async function sendRequest<T>(
  method: HttpMethod,
  url: string,
  options: RequestOptions<T>,
  credentials: Readonly<Record<string, string>>,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...credentials };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  // AbortController rather than AbortSignal.timeout(), which older iPad Safari lacks.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const abortFromCaller = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromCaller);
  if (options.signal?.aborted) controller.abort();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch (error) {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
    if (options.signal?.aborted)
      return { ok: false, status: 0, error: 'aborted', message: 'The request was cancelled.' };
    return { ok: false, status: 0, error: 'offline', message: error instanceof Error ? error.message : String(error) };
  }
  // The timer also covers reading the body.
  const json: unknown = await response.json().catch(() => undefined);
  clearTimeout(timer);
  options.signal?.removeEventListener('abort', abortFromCaller);
  if (!response.ok) return failureFrom(response, json);
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      status: response.status,
      error: 'bad_response',
      message: 'The server sent an unexpected answer.',
    };
  }
  return { ok: true, value: parsed.data };
}

function failureFrom(response: Response, json: unknown): ApiFailure {
  const body = ApiError.safeParse(json);
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    ok: false,
    status: response.status,
    error: body.success ? body.data.error : `http_${response.status}`,
    message: body.success ? body.data.message : response.statusText || `HTTP ${response.status}`,
    ...(response.status === 429 && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

async function noteDeviceRevoked(token: string): Promise<void> {
  const revoked = await markDeviceRevoked(token).catch(() => null);
  if (revoked) thisDevice.value = revoked;
}
