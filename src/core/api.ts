/**
 * Shapes of the HTTP API shared by the server (which validates and documents with them) and
 * the browser (which reads responses with them). The OpenAPI document is generated from these.
 */
import { z } from './schema.js';

/** Every error the API returns has a stable machine code and a message a person can act on. */
export const ApiError = z
  .object({
    error: z.string().describe('Stable machine-readable code, e.g. "bad_request".'),
    message: z.string().describe('What went wrong and what to do about it, in plain English.'),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;

/** A failed answer as the browser sees it: the server's error, or `offline` when it could not be reached. */
export interface ApiFailure {
  readonly ok: false;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** Stable code from the server (`sign_in_failed`, ...) or `offline` / `bad_response`. */
  readonly error: string;
  readonly message: string;
  /** From a 429's Retry-After header, in seconds. */
  readonly retryAfterSeconds?: number;
}

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string().describe('The server application version (package.json).'),
    database: z.object({
      status: z.enum(['ok', 'error']),
      schemaVersion: z.number().int().nonnegative().describe('Highest migration applied.'),
    }),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;
