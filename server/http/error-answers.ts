/**
 * What the API answers for each kind of failure: a status, a stable code and a fixed message.
 * Fastify's and Node's own messages are never passed on, since they can quote the path or body.
 */
import type { ApiError } from '../../src/core/api.js';
import { describeIssues } from '../../src/core/issues.js';
import { StorageConflict, StorageUnavailable, type UnavailableReason } from '../storage/errors.js';
import { RequestValidationError } from './validation.js';

export interface ErrorAnswer {
  readonly status: number;
  readonly body: ApiError;
  readonly headers?: Readonly<Record<string, string>>;
}

const answer = (status: number, error: string, message: string): ErrorAnswer => ({
  status,
  body: { error, message },
});

/**
 * The database cannot write (its disk is full, or it is read-only): 503, so devices keep what
 * they sent and send it again after Retry-After (sync backs off on its own too). Staff read the
 * message on the sync panel, so it says what happened and that nothing is lost.
 */
const RETRY_AFTER_SECONDS = 30;
const STORAGE_UNAVAILABLE: Readonly<Record<UnavailableReason, ErrorAnswer>> = {
  disk_full: {
    ...answer(
      503,
      'storage_unavailable',
      'The server cannot save right now: its disk is full. Nothing you sent was lost; your device will send it again.',
    ),
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  },
  read_only: {
    ...answer(
      503,
      'storage_unavailable',
      'The server cannot save right now: its database is read-only. Nothing you sent was lost; your device will send it again.',
    ),
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  },
};

export const NOT_FOUND = answer(404, 'not_found', 'There is nothing at this address.');
const CONFLICT = answer(409, 'conflict', 'This clashes with a change saved at the same moment. Please try again.');
const HEADERS_TOO_LARGE = answer(431, 'headers_too_large', 'The request headers are too large.');
const REQUEST_TIMEOUT = answer(408, 'request_timeout', 'The request took too long to arrive. Please try again.');
export const INTERNAL_ERROR = answer(500, 'internal_error', 'Something went wrong on the server. Please try again.');

/** Fastify's errors by code, for requests it could not route or read. */
const FASTIFY_ERRORS: Readonly<Record<string, (bodyLimit: number) => ErrorAnswer>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (limit) =>
    answer(413, 'payload_too_large', `The request body is too large: at most ${limit} bytes are accepted here.`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    answer(415, 'unsupported_media_type', 'Send the body as JSON, with the header Content-Type: application/json.'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => answer(400, 'bad_request', 'The body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => answer(400, 'bad_request', 'The body is empty. Send a JSON object.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    answer(400, 'bad_request', 'The body is not as long as its Content-Length header says.'),
  FST_ERR_BAD_URL: () => answer(400, 'bad_request', 'The address is not valid (it has broken %-encoding).'),
  FST_ERR_MAX_PARAM_LENGTH: () => answer(414, 'uri_too_long', 'A part of the address is too long.'),
};

/** Other client errors, by status, with a neutral message. */
const BY_STATUS: Readonly<Record<number, ErrorAnswer>> = {
  400: answer(400, 'bad_request', 'The request is not valid.'),
  401: answer(401, 'unauthorized', 'Please sign in first.'),
  403: answer(403, 'forbidden', 'This is not allowed.'),
  404: NOT_FOUND,
  406: answer(406, 'not_acceptable', 'The answer cannot be given in the format asked for.'),
  408: REQUEST_TIMEOUT,
  409: CONFLICT,
  413: answer(413, 'payload_too_large', 'The request body is too large.'),
  414: answer(414, 'uri_too_long', 'The address is too long.'),
  415: answer(415, 'unsupported_media_type', 'Send the body as JSON, with the header Content-Type: application/json.'),
  429: answer(429, 'too_many_requests', 'Too many requests. Please wait a moment and try again.'),
  431: HEADERS_TOO_LARGE,
};

interface FailureLike {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly validationContext?: unknown;
}

/**
 * The answer for an error thrown while handling a request, or undefined for a server fault
 * (the caller logs it and answers INTERNAL_ERROR). A database that cannot write is not a fault
 * of the request: 503 with the reason.
 */
export function answerFor(error: unknown, bodyLimit: number): ErrorAnswer | undefined {
  if (error instanceof RequestValidationError) {
    const where = (error as FailureLike).validationContext ?? 'request';
    return answer(400, 'bad_request', `Invalid ${String(where)}: ${describeIssues(error.issues)}`);
  }
  const failure = (typeof error === 'object' && error !== null ? error : {}) as FailureLike;
  const code = typeof failure.code === 'string' ? failure.code : '';
  const known = FASTIFY_ERRORS[code];
  if (known) return known(bodyLimit);
  // Two requests racing for the same unique value (a name, a letter): the loser is told to retry.
  if (error instanceof StorageConflict) return CONFLICT;
  if (error instanceof StorageUnavailable) return STORAGE_UNAVAILABLE[error.reason];
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : 500;
  if (status < 400 || status >= 500) return undefined;
  return BY_STATUS[status] ?? answer(status, 'client_error', 'The request could not be handled.');
}

/** Node could not read the request at all (headers too large, malformed HTTP, too slow). */
export function answerForClientError(code: string | undefined): ErrorAnswer {
  if (code === 'HPE_HEADER_OVERFLOW') return HEADERS_TOO_LARGE;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return REQUEST_TIMEOUT;
  return answer(400, 'bad_request', 'The request could not be read.');
}
