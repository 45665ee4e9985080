/**
 * Reads JSON bodies as Fastify does (empty and prototype-poisoned bodies refused), but refuses a
 * body that is not UTF-8 instead of turning its broken bytes into U+FFFD: that silently altered
 * names and let them pass the clean-text rules of ADR 0007 (found by tests/server/fuzz/).
 */
import { errorCodes } from 'fastify';
import type { App } from './types.js';

/** `fatal`: a byte sequence that is not UTF-8 throws rather than decoding to U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
export function registerJsonBodyParser(app: App): void {
  // Fastify's defaults for both: a `__proto__` or `constructor.prototype` key refuses the body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      // JSON text exchanged between systems must be UTF-8 (RFC 8259, section 8.1).
      done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY(), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
