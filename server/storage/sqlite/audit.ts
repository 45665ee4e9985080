/**
 * The audit log in SQLite: who did what, when, from which device. Never given secrets: callers
 * pass only names and ids in `detail`, and the tests check that no secret reaches it.
 */
import type { Database } from 'better-sqlite3';
import { type AuditRow, auditPageOf } from '../rows.js';
import type { AuditPage, AuditRecord } from '../types.js';
import { prepared } from './statements.js';

export function recordAudit(db: Database, at: Date, entry: AuditRecord): void {
  prepared(db, 'INSERT INTO audit_log (at, actor_id, device_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    at.toISOString(),
    entry.actorId ?? null,
    entry.deviceId ?? null,
    entry.action,
    entry.target ?? null,
    JSON.stringify(entry.detail ?? {}),
  );
}

/** Newest first; `before` is the id to continue below (from the previous page's nextBefore). */
export function listAudit(db: Database, page: { before?: number | undefined; limit: number }): AuditPage {
  const rows = prepared(
    db,
    `SELECT a.id, a.at, a.actor_id, s.display_name AS actor, a.device_id, d.name AS device_name,
              a.action, a.target, a.detail
         FROM audit_log a
         LEFT JOIN staff s ON s.id = a.actor_id
         LEFT JOIN devices d ON d.id = a.device_id
        WHERE a.id < ?
        ORDER BY a.id DESC
        LIMIT ?`,
  ).all(page.before ?? Number.MAX_SAFE_INTEGER, page.limit + 1) as AuditRow[];
  return auditPageOf(rows, page.limit);
}
