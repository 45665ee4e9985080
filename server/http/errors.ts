/**
 * One error shape for the whole API ({ error, message }), Fastify's own errors included (body too
 * large, bad content type, bad address, unknown route): a stable code and a message a person can
 * act on, never a stack trace and never anything taken from the request.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../src/core/api.js';
import { DEFAULT_BODY_LIMIT } from './body-limits.js';
import { answerFor, answerForClientError, INTERNAL_ERROR, NOT_FOUND } from './error-answers.js';
import type { App } from './types.js';

export function registerErrorHandling(app: App): void {
  app.setErrorHandler((error, request, reply) => {
    const known = answerFor(error, request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT);
    if (known && known.status >= 500) request.log.warn({ error: known.body.error }, known.body.message);
    if (known)
      return reply
        .code(known.status)
        .headers(known.headers ?? {})
        .send(known.body);
    request.log.error({ err: error }, 'request failed');
    return reply.code(INTERNAL_ERROR.status).send(INTERNAL_ERROR.body);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(NOT_FOUND.status).send(NOT_FOUND.body));
}

/** Fastify's `frameworkErrors` option: an address with broken %-encoding or an over-long parameter. */
export function answerFrameworkError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  const known = answerFor(error, DEFAULT_BODY_LIMIT) ?? INTERNAL_ERROR;
  reply.code(known.status).send(known.body);
}

/** Fastify's `clientErrorHandler` option: Node could not read the request, so no reply object exists. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, body } = answerForClientError(error.code);
    const text = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}

export function apiError(error: string, message: string): ApiError {
  return { error, message };
}
