/**
 * What every answer to a malformed request must be: a 4xx (no 5xx, no hang) in the API's error
 * shape `{error, message}` that repeats nothing sent; a push may instead answer 200 and reject every op.
 */
import { MARKER } from './body-cases.js';
import type { Answer } from './fuzz-world.js';
import type { FuzzCase } from './request-cases.js';

/** Why the answer is wrong, or undefined when it is right. */
export function problemWith(request: FuzzCase, answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status === 200 && request.url.startsWith('/api/sync/push') && request.method === 'POST') {
    const results = (parsed(answer.text) as { results?: { status?: string }[] } | undefined)?.results;
    if (!Array.isArray(results)) return 'answered 200 without results';
    return results.every((result) => result.status === 'rejected') ? undefined : 'stored an op from a malformed push';
  }
  if (answer.status < 400) return `accepted it (${answer.status})`;
  if (!answer.contentType.startsWith('application/json')) return `answered ${answer.status} as ${answer.contentType}`;
  const body = parsed(answer.text);
  if (typeof body !== 'object' || body === null) return `answered ${answer.status} with a body that is not JSON`;
  const { error, message, ...rest } = body as Record<string, unknown>;
  if (typeof error !== 'string' || typeof message !== 'string' || Object.keys(rest).length > 0)
    return `answered ${answer.status} without the API's error shape`;
  if (answer.text.toLowerCase().includes(MARKER.toLowerCase()))
    return `answered ${answer.status} repeating what was sent`;
  return undefined;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One line about a case, short enough for a failure message (bodies can be megabytes). */
export function describeCase(request: FuzzCase, answer: Answer | string): string {
  const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text);
  const body =
    request.body === undefined
      ? ''
      : ` body ${clip(typeof request.body === 'string' ? request.body : `bytes ${Buffer.from(request.body).toString('hex')}`)}`;
  const got = typeof answer === 'string' ? answer : `${answer.status} ${clip(answer.text)}`;
  return `[${request.family}] ${request.caller} ${request.method} ${clip(request.url)} (${request.contentType ?? 'no type'})${body} → ${got}`;
}
