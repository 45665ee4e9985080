/**
 * What a device may read: staff get every op and every view; a kiosk gets catalog and settings
 * ops, stock levels and the minimal participant directory, never profiles, visits or requests;
 * a lobby display gets ticket calls only (a request id, a ticket, a day), never names or items.
 */
import type { Database } from 'better-sqlite3';
import { centerDay } from '../../src/core/day.js';
import { type DirectoryEntry, directoryEntryOf } from '../../src/core/fold/directory.js';
import type { ParticipantView, View } from '../../src/core/fold/views.js';
import { CALL_OP_TYPES, isCatalogOrSettingsOpType, type Op } from '../../src/core/ops/op.js';
import type { PullResponse, SnapshotResponse, ViewRecord } from '../../src/core/sync/api.js';
import { listViews, type StoredView } from './views-table.js';

export type Scope = 'staff' | 'kiosk' | 'display';

/** A display starting afresh gets the calls of today and yesterday (by the center's day), no older. */
const DISPLAY_SNAPSHOT_MS = 24 * 60 * 60 * 1000;

const KIOSK_VIEW_KINDS: readonly View['kind'][] = ['item', 'settings', 'stock'];

export function serverIdOf(db: Database): string {
  return db.prepare("SELECT value FROM meta WHERE key = 'server_id'").pluck().get() as string;
}

export function latestCursor(db: Database): number {
  return (db.prepare('SELECT max(cursor) FROM ops').pluck().get() as number | null) ?? 0;
}

/** One page of what changed after `after`, filtered for `scope`. */
export function pullPage(db: Database, scope: Scope, after: number, limit: number): PullResponse {
  return db.transaction((): PullResponse => {
    const rows = db
      .prepare('SELECT cursor, type, body FROM ops WHERE cursor > ? ORDER BY cursor LIMIT ?')
      .all(after, limit) as { cursor: number; type: string; body: string }[];
    const more = rows.length === limit;
    const cursor = rows.at(-1)?.cursor ?? Math.max(after, 0);
    const visible = rows.filter((row) => isVisible(scope, row.type as Op['type']));
    const ops = visible.map((row) => JSON.parse(row.body) as Op);
    if (scope !== 'kiosk' || cursor === after)
      return { serverId: serverIdOf(db), cursor, more, ops, views: [], directory: [] };
    const range = { after, upTo: cursor };
    return {
      serverId: serverIdOf(db),
      cursor,
      more,
      ops,
      views: listViews(db, ['stock'], range).map(toRecord),
      directory: directoryOf(listViews(db, ['participant'], range)),
    };
  })();
}

/** Everything a device without a cursor starts from, consistent with `cursor`. */
export function snapshot(db: Database, scope: Scope, now = new Date()): SnapshotResponse {
  return db.transaction((): SnapshotResponse => {
    const cursor = latestCursor(db);
    if (scope === 'display') {
      const since = centerDay(new Date(now.getTime() - DISPLAY_SNAPSHOT_MS));
      const calls = listViews(db, ['call']).filter(({ view }) => view.kind === 'call' && (view.day ?? '') >= since);
      return { serverId: serverIdOf(db), cursor, views: calls.map(toRecord), directory: [] };
    }
    if (scope === 'staff') {
      const all = db.prepare('SELECT key, body, cursor FROM views ORDER BY key').all() as {
        key: string;
        body: string;
        cursor: number;
      }[];
      const views = all.map((row) => ({ key: row.key, view: JSON.parse(row.body) as View, cursor: row.cursor }));
      return { serverId: serverIdOf(db), cursor, views: views.map(toRecord), directory: [] };
    }
    return {
      serverId: serverIdOf(db),
      cursor,
      views: listViews(db, KIOSK_VIEW_KINDS).map(toRecord),
      directory: directoryOf(listViews(db, ['participant'])),
    };
  })();
}

/** Profile views are for the audit log only; no device needs them back. */
function isVisible(scope: Scope, type: Op['type']): boolean {
  if (type === 'participant.viewed') return false;
  if (scope === 'display') return CALL_OP_TYPES.has(type);
  return scope === 'staff' || isCatalogOrSettingsOpType(type);
}

function toRecord(stored: StoredView): ViewRecord {
  return { key: stored.key, view: stored.view as unknown as ViewRecord['view'] };
}

function directoryOf(participants: readonly StoredView[]): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const { view } of participants) {
    const entry = directoryEntryOf(view as ParticipantView);
    if (entry) entries.push(entry);
  }
  return entries;
}
