/**
 * Prepared statements, made once per connection and SQL text (issue 19: preparing a statement
 * for every op and every request was a fifth of a push's time). better-sqlite3 does not cache
 * them itself. A statement comes back in its default mode (rows as objects): a caller that wants
 * `.pluck()` asks for it each time, so one caller's mode never leaks into another's.
 */
import type { Database, Statement } from 'better-sqlite3';

const byConnection = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  // Only statements that return data have modes to reset.
  return statement.reader ? statement.pluck(false) : statement;
}
