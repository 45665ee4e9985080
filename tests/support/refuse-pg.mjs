/**
 * `node --import` this to make loading the PostgreSQL driver (pg, kysely) fail, so a test can show
 * that a process which never needs them never loads them.
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  if (/^(pg|kysely)(\\/|$)/.test(specifier)) throw new Error('refused to load ' + specifier);
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
