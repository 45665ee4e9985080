/** Reads for the pull feed and the snapshot in SQLite, each in one transaction; shaped by server/sync/feed.ts. */
import type { Database } from 'better-sqlite3';
import type { SiteFilter } from '../../../src/core/sites/site.js';
import type { SnapshotResponse } from '../../../src/core/sync/api.js';
import {
  type FeedPage,
  feedPage,
  feedSnapshot,
  KIOSK_VIEW_KINDS,
  type PageWindow,
  pageWindow,
  type Scope,
  type SnapshotRead,
  STAFF_HIDDEN_OP_TYPES,
  type StoredOpRow,
  scopeOpTypes,
  staffPage,
} from '../../sync/feed.js';
import { prepared } from './statements.js';
import { listAllViews, listViews } from './views-table.js';

export function serverIdOf(db: Database): string {
  return prepared(db, "SELECT value FROM meta WHERE key = 'server_id'").pluck().get() as string;
}

export function latestCursor(db: Database): number {
  return (prepared(db, 'SELECT max(cursor) FROM ops').pluck().get() as number | null) ?? 0;
}

export function pullPage(db: Database, scope: Scope, after: number, limit: number, site: SiteFilter): FeedPage {
  return db.transaction((): FeedPage => {
    if (scope === 'staff' && site === 'all') {
      // Staff for every site: the window, then the bodies alone of the ops staff see in it.
      const window = readWindow(db, after, limit);
      const bodies = prepared(
        db,
        `SELECT body FROM ops WHERE cursor > ? AND cursor <= ? AND type NOT IN (${marksFor(STAFF_HIDDEN_OP_TYPES)}) ORDER BY cursor`,
      )
        .pluck()
        .all(after, window.upTo, ...STAFF_HIDDEN_OP_TYPES) as string[];
      return staffPage(serverIdOf(db), window, bodies);
    }
    const types = scopeOpTypes(scope);
    const readViews = (range: { readonly after: number; readonly upTo: number }) => ({
      stock: listViews(db, ['stock'], range),
      participants: listViews(db, ['participant'], range),
    });
    if (types === null) {
      const rows = prepared(db, 'SELECT cursor, type, body FROM ops WHERE cursor > ? ORDER BY cursor LIMIT ?').all(
        after,
        limit,
      ) as StoredOpRow[];
      return feedPage(scope, serverIdOf(db), after, limit, rows, readViews, site);
    }
    // A kiosk or a display: the window by cursors alone, then only the rows it may see.
    const window = readWindow(db, after, limit);
    const rows = prepared(
      db,
      `SELECT cursor, type, body FROM ops WHERE type IN (${marksFor(types)}) AND cursor > ? AND cursor <= ? ORDER BY cursor`,
    ).all(...types, after, window.upTo) as StoredOpRow[];
    return feedPage(scope, serverIdOf(db), after, limit, rows, readViews, site, window);
  })();
}

/** A page's window by cursors alone (server/sync/feed.ts's pageWindow). The caller holds the transaction. */
function readWindow(db: Database, after: number, limit: number): PageWindow {
  return pageWindow(
    after,
    prepared(db, 'SELECT cursor FROM ops WHERE cursor > ? ORDER BY cursor LIMIT 1 OFFSET ?')
      .pluck()
      .get(after, limit - 1) as number | undefined,
    prepared(db, 'SELECT max(cursor) FROM ops WHERE cursor > ?').pluck().get(after) as number | null,
  );
}

function marksFor(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

export function snapshot(db: Database, scope: Scope, now: Date, site: SiteFilter): SnapshotResponse {
  return db.transaction((): SnapshotResponse => {
    const cursor = latestCursor(db);
    const read: SnapshotRead =
      scope === 'display'
        ? { scope, calls: listViews(db, ['call']) }
        : scope === 'staff'
          ? { scope, views: listAllViews(db) }
          : { scope, views: listViews(db, KIOSK_VIEW_KINDS), participants: listViews(db, ['participant']) };
    return feedSnapshot(read, serverIdOf(db), cursor, now, site);
  })();
}
