/**
 * issue 16 — HMIS: downloads the export zip (admins). Not JSON, so not through `apiRequest`; a
 * refusal still answers the one error shape, which becomes an `ApiFailure` like any other.
 */
import { ApiError } from '../core/api.js';
import { type HmisExportQuery, hmisExportPath } from '../core/exports/hmis/api.js';
import type { ApiResult } from './http.js';

/** The zip for the range, or why not (status 0 when offline). */
export async function fetchHmisExport(range: HmisExportQuery): Promise<ApiResult<Blob>> {
  let response: Response;
  try {
    response = await fetch(hmisExportPath(range), { credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    return { ok: false, status: 0, error: 'offline', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { ok: true, value: await response.blob() };
  const body = ApiError.safeParse(await response.json().catch(() => undefined));
  return {
    ok: false,
    status: response.status,
    error: body.success ? body.data.error : 'http_error',
    message: body.success ? body.data.message : `The server answered ${response.status}.`,
  };
}
