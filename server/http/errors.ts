/**
 * One error shape for the whole API ({ error, message }), a message a person can act on, and
 * never a stack trace or request data in a response.
 */
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../../src/core/api.js';
import type { App } from './types.js';

export function registerErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const problems = error.validation.map((issue) => {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return field ? `${field}: ${issue.message}` : issue.message;
      });
      return reply.code(400).send(apiError('bad_request', `Invalid ${where}: ${problems.join('; ')}`));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(apiError(codeFor(status), error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(apiError('internal_error', 'Something went wrong on the server. Please try again.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(apiError('not_found', `Nothing here: ${request.method} ${request.url.split('?')[0]}`));
  });
}

export function apiError(error: string, message: string): ApiError {
  return { error, message };
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    default:
      return 'client_error';
  }
}
