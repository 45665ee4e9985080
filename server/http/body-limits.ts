/**
 * How many bytes a request body may have. Every form fits in a few kilobytes; a sync push carries
 * up to MAX_PUSH_OPS ops. The OpenAPI document states each operation's limit (`x-body-limit`).
 */
import { MAX_OP_BYTES, MAX_PUSH_OPS } from '../../src/core/sync/api.js';

/**
 * Any body but a push: the largest (first-admin setup) stays under 8 KB even with every character
 * sent as a JSON escape.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** A push of MAX_PUSH_OPS of the largest ops the schemas allow (about 12.5 MiB). */
export const PUSH_BODY_LIMIT = MAX_PUSH_OPS * MAX_OP_BYTES;
