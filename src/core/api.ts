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
