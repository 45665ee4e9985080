/**
 * Rows as both engines read them (the same columns, snake_case) turned into what the interface
 * returns, in one place: the two implementations differ in how they query, not in what a row means.
 */
import type { AuditEntry, Device, DeviceRole, StaffAccount, StaffRole } from '../../src/core/auth/api.js';
import type { AuditDetail } from './types.js';

export interface StaffRow {
  readonly id: string;
  readonly display_name: string;
  readonly login_name: string;
  readonly role: StaffRole;
  readonly disabled_at: string | null;
  readonly created_at: string;
  /** A sorted JSON array of site ids; empty: every site. */
  readonly sites: string;
}

export function staffAccountOf(row: StaffRow): StaffAccount {
  return {
    id: row.id,
    displayName: row.display_name,
    loginName: row.login_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    sites: JSON.parse(row.sites) as string[],
  };
}

/** A device joined with the display name of who paired it. */
export interface DeviceRow {
  readonly id: string;
  readonly name: string;
  readonly role: DeviceRole;
  readonly paired_by_name: string | null;
  readonly paired_at: string;
  readonly last_seen_at: string | null;
  readonly last_sync_at: string | null;
  readonly revoked_at: string | null;
  readonly ticket_letter: string | null;
  readonly site_id: string;
  readonly storage_full_since: string | null;
}

export function deviceOf(row: DeviceRow): Device {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    pairedAt: row.paired_at,
    pairedBy: row.paired_by_name,
    lastSeenAt: row.last_seen_at,
    lastSyncAt: row.last_sync_at,
    revokedAt: row.revoked_at,
    ticketLetter: row.ticket_letter,
    site: row.site_id,
    storageFullSince: row.storage_full_since,
  };
}

/** An audit entry joined with the names of its actor and device. */
export interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly actor_id: string | null;
  readonly actor: string | null;
  readonly device_id: string | null;
  readonly device_name: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly detail: string;
}

export function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorId: row.actor_id,
    deviceId: row.device_id,
    deviceName: row.device_name,
    action: row.action,
    target: row.target,
    detail: JSON.parse(row.detail) as AuditDetail,
  };
}

/** A page of entries read with one row more than asked: the next page starts below the last shown. */
export function auditPageOf(
  rows: readonly AuditRow[],
  limit: number,
): { entries: AuditEntry[]; nextBefore: number | null } {
  const entries = rows.slice(0, limit).map(auditEntryOf);
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > limit && last ? last.id : null };
}
