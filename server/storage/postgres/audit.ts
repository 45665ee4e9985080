/**
 * The audit log in PostgreSQL: who did what, when, from which device. Never given secrets: callers
 * pass only names and ids in `detail`.
 */
import { auditPageOf } from '../rows.js';
import type { AuditPage, AuditRecord } from '../types.js';
import type { PgDb } from './db.js';

export async function recordAudit(db: PgDb, at: Date, entry: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      actor_id: entry.actorId ?? null,
      device_id: entry.deviceId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** Newest first; `before` is the id to continue below (from the previous page's nextBefore). */
export async function listAudit(db: PgDb, page: { before?: number | undefined; limit: number }): Promise<AuditPage> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.actor_id')
    .leftJoin('devices as d', 'd.id', 'a.device_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_id',
      's.display_name as actor',
      'a.device_id',
      'd.name as device_name',
      'a.action',
      'a.target',
      'a.detail',
    ])
    .where('a.id', '<', page.before ?? Number.MAX_SAFE_INTEGER)
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return auditPageOf(rows, page.limit);
}
