/** The server's materialized views in PostgreSQL: one JSON row per entity, with the cursor that last changed it. */
import type { View } from '../../../src/core/fold/views.js';
import type { StoredView } from '../../sync/feed.js';
import type { PgDb } from './db.js';

export async function readView(db: PgDb, key: string): Promise<View | undefined> {
  const row = await db.selectFrom('views').select('body').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.body) as View);
}

export async function writeView(db: PgDb, key: string, view: View, cursor: number): Promise<void> {
  const body = JSON.stringify(view);
  await db
    .insertInto('views')
    .values({ key, kind: view.kind, body, cursor })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ kind: view.kind, body, cursor }))
    .execute();
}

function toStored(rows: readonly { key: string; body: string; cursor: number }[]): StoredView[] {
  return rows.map((row) => ({ key: row.key, view: JSON.parse(row.body) as View, cursor: row.cursor }));
}

/** Every view, by key (byte order, as SQLite sorts). */
export async function listAllViews(db: PgDb): Promise<StoredView[]> {
  return toStored(await db.selectFrom('views').select(['key', 'body', 'cursor']).orderBy('key').execute());
}

/** Views of some kinds, optionally only those changed in the cursor range (after, upTo]. */
export async function listViews(
  db: PgDb,
  kinds: readonly View['kind'][],
  range?: { readonly after: number; readonly upTo: number },
): Promise<StoredView[]> {
  if (kinds.length === 0) return [];
  let query = db
    .selectFrom('views')
    .select(['key', 'body', 'cursor'])
    .where('kind', 'in', [...kinds]);
  if (range) query = query.where('cursor', '>', range.after).where('cursor', '<=', range.upTo);
  return toStored(await query.orderBy('key').execute());
}
