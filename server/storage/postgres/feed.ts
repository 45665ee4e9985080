/**
 * Reads for the pull feed and the snapshot in PostgreSQL, each in one read-only REPEATABLE READ
 * transaction (one snapshot for the ops and the views beside them); shaped by server/sync/feed.ts.
 * `cursor > after` is safe because appends take turns under op-log.ts's lock.
 */
import { type Kysely, sql } from 'kysely';
import type { SiteFilter } from '../../../src/core/sites/site.js';
import type { SnapshotResponse } from '../../../src/core/sync/api.js';
import {
  type FeedPage,
  feedPage,
  feedSnapshot,
  KIOSK_VIEW_KINDS,
  type PageViews,
  pageWindow,
  type Scope,
  type SnapshotRead,
  STAFF_HIDDEN_OP_TYPES,
  scopeOpTypes,
  staffPage,
  windowOfRows,
} from '../../sync/feed.js';
import type { PgDb } from './db.js';
import type { PostgresTables } from './tables.js';
import { listAllViews, listViews } from './views-table.js';

export async function serverIdOf(db: PgDb): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'server_id').executeTakeFirstOrThrow();
  return row.value;
}

export async function latestCursor(db: PgDb): Promise<number> {
  const row = await db
    .selectFrom('ops')
    .select((eb) => eb.fn.max('cursor').as('cursor'))
    .executeTakeFirst();
  return row?.cursor ?? 0;
}

function inReadSnapshot<T>(db: Kysely<PostgresTables>, read: (trx: PgDb) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
}

export function pullPage(
  db: Kysely<PostgresTables>,
  scope: Scope,
  after: number,
  limit: number,
  site: SiteFilter,
): Promise<FeedPage> {
  return inReadSnapshot(db, async (trx) => {
    if (scope === 'staff' && site === 'all') {
      // Staff for every site: the page's rows in one read (a round trip per window query would
      // cost more here than it saves), each hidden op's body left out by the database.
      const rows = await trx
        .selectFrom('ops')
        .select([
          'cursor',
          sql<string | null>`CASE WHEN type IN (${sql.join(STAFF_HIDDEN_OP_TYPES)}) THEN NULL ELSE body END`.as('body'),
        ])
        .where('cursor', '>', after)
        .orderBy('cursor')
        .limit(limit)
        .execute();
      const bodies = rows.flatMap((row) => (row.body === null ? [] : [row.body]));
      return staffPage(await serverIdOf(trx), windowOfRows(after, limit, rows), bodies);
    }
    const types = scopeOpTypes(scope);
    if (types === null) {
      const rows = await trx
        .selectFrom('ops')
        .select(['cursor', 'type', 'body'])
        .where('cursor', '>', after)
        .orderBy('cursor')
        .limit(limit)
        .execute();
      return feedPage(scope, await serverIdOf(trx), after, limit, rows, () => NO_VIEWS, site);
    }
    // A kiosk or a display: the window by cursors alone, then only the rows it may see.
    const limitth = await trx
      .selectFrom('ops')
      .select('cursor')
      .where('cursor', '>', after)
      .orderBy('cursor')
      .offset(limit - 1)
      .limit(1)
      .executeTakeFirst();
    const newest = await trx
      .selectFrom('ops')
      .select((eb) => eb.fn.max('cursor').as('cursor'))
      .where('cursor', '>', after)
      .executeTakeFirst();
    const window = pageWindow(after, limitth?.cursor, newest?.cursor ?? null);
    const rows = await trx
      .selectFrom('ops')
      .select(['cursor', 'type', 'body'])
      .where('type', 'in', types)
      .where('cursor', '>', after)
      .where('cursor', '<=', window.upTo)
      .orderBy('cursor')
      .execute();
    const range = scope === 'kiosk' && window.upTo !== after ? { after, upTo: window.upTo } : null;
    const views: PageViews = range
      ? { stock: await listViews(trx, ['stock'], range), participants: await listViews(trx, ['participant'], range) }
      : NO_VIEWS;
    return feedPage(scope, await serverIdOf(trx), after, limit, rows, () => views, site, window);
  });
}

const NO_VIEWS: PageViews = { stock: [], participants: [] };

export function snapshot(
  db: Kysely<PostgresTables>,
  scope: Scope,
  now: Date,
  site: SiteFilter,
): Promise<SnapshotResponse> {
  return inReadSnapshot(db, async (trx) => {
    const cursor = await latestCursor(trx);
    const read: SnapshotRead =
      scope === 'display'
        ? { scope, calls: await listViews(trx, ['call']) }
        : scope === 'staff'
          ? { scope, views: await listAllViews(trx) }
          : {
              scope,
              views: await listViews(trx, KIOSK_VIEW_KINDS),
              participants: await listViews(trx, ['participant']),
            };
    return feedSnapshot(read, await serverIdOf(trx), cursor, now, site);
  });
}
