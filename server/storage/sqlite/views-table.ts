/** The server's materialized views in SQLite: one JSON row per entity, with the cursor that last changed it. */
import type { Database } from 'better-sqlite3';
import type { View } from '../../../src/core/fold/views.js';
import type { StoredView } from '../../sync/feed.js';
import { prepared } from './statements.js';

export function readView(db: Database, key: string): View | undefined {
  const body = prepared(db, 'SELECT body FROM views WHERE key = ?').pluck().get(key) as string | undefined;
  return body === undefined ? undefined : (JSON.parse(body) as View);
}

export function writeView(db: Database, key: string, view: View, cursor: number): void {
  prepared(
    db,
    `INSERT INTO views (key, kind, body, cursor) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, body = excluded.body, cursor = excluded.cursor`,
  ).run(key, view.kind, JSON.stringify(view), cursor);
}

/** Every view, by key. */
export function listAllViews(db: Database): StoredView[] {
  const rows = prepared(db, 'SELECT key, body, cursor FROM views ORDER BY key').all() as {
    key: string;
    body: string;
    cursor: number;
  }[];
  return rows.map((row) => ({ key: row.key, view: JSON.parse(row.body) as View, cursor: row.cursor }));
}

/** Views of some kinds, optionally only those changed in the cursor range (after, upTo]. */
export function listViews(
  db: Database,
  kinds: readonly View['kind'][],
  range?: { readonly after: number; readonly upTo: number },
): StoredView[] {
  const marks = kinds.map(() => '?').join(', ');
  const rows = (
    range
      ? prepared(
          db,
          `SELECT key, body, cursor FROM views WHERE kind IN (${marks}) AND cursor > ? AND cursor <= ? ORDER BY key`,
        ).all(...kinds, range.after, range.upTo)
      : prepared(db, `SELECT key, body, cursor FROM views WHERE kind IN (${marks}) ORDER BY key`).all(...kinds)
  ) as { key: string; body: string; cursor: number }[];
  return rows.map((row) => ({ key: row.key, view: JSON.parse(row.body) as View, cursor: row.cursor }));
}
