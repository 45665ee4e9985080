/**
 * Validates requests with the shared Zod schemas. A failure keeps Zod's issues (paths and
 * messages, never the values), so the error handler can say what is wrong without echoing input.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';

export class RequestValidationError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('The request does not match its schema.');
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = z.safeParse(schema, data);
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };
