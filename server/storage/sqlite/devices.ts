/**
 * Paired devices and their pairing codes in SQLite. A device's token and a pairing code are
 * stored only as hashes (made by server/auth/pairing.ts); revoking is permanent.
 */
import type { Database } from 'better-sqlite3';
import type { Device, DeviceRole } from '../../../src/core/auth/api.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import type { DeviceStorageReport } from '../../../src/core/sync/api.js';
import { firstFreeTicketLetter } from '../../auth/ticket-letters.js';
import { type DeviceRow, deviceOf } from '../rows.js';
import type { AuditRecord, NewPairingCode } from '../types.js';
import { recordAudit } from './audit.js';
import { prepared } from './statements.js';

const SELECT_DEVICE = `SELECT d.id, d.name, d.role, s.display_name AS paired_by_name, d.paired_at,
  d.last_seen_at, d.last_sync_at, d.revoked_at, d.ticket_letter, d.site_id, d.storage_full_since FROM devices d LEFT JOIN staff s ON s.id = d.paired_by`;

const toDevice = deviceOf;

/**
 * A free letter among the devices of the same site (a ticket is called out at one site). A lobby
 * display gives no tickets, so it takes no letter from the devices that do.
 */
function letterFor(db: Database, role: DeviceRole, site: string): string | null {
  if (role === 'display') return null;
  const taken = prepared(
    db,
    'SELECT ticket_letter FROM devices WHERE site_id = ? AND revoked_at IS NULL AND ticket_letter IS NOT NULL',
  )
    .pluck()
    .all(site) as string[];
  return firstFreeTicketLetter(new Set(taken));
}

export function listDevices(db: Database): Device[] {
  return (
    prepared(db, `${SELECT_DEVICE} ORDER BY d.revoked_at IS NOT NULL, d.name COLLATE NOCASE`).all() as DeviceRow[]
  ).map(toDevice);
}

export function findDevice(db: Database, id: string): Device | undefined {
  const row = prepared(db, `${SELECT_DEVICE} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  return row && toDevice(row);
}

export function findDeviceByToken(db: Database, tokenHash: string): Device | undefined {
  const row = prepared(db, `${SELECT_DEVICE} WHERE d.token_hash = ?`).get(tokenHash) as DeviceRow | undefined;
  return row && toDevice(row);
}

export function noteDeviceSeen(db: Database, id: string, now: Date): void {
  prepared(db, 'UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export function noteDeviceSynced(db: Database, id: string, now: Date): void {
  prepared(db, 'UPDATE devices SET last_sync_at = ? WHERE id = ?').run(now.toISOString(), id);
}

/** Full: from `now` unless it was full already (the first report's time stays); ok: cleared. */
export function noteDeviceStorage(db: Database, id: string, report: DeviceStorageReport, now: Date): void {
  if (report === 'full') {
    prepared(db, 'UPDATE devices SET storage_full_since = ? WHERE id = ? AND storage_full_since IS NULL').run(
      now.toISOString(),
      id,
    );
  } else {
    prepared(db, 'UPDATE devices SET storage_full_since = NULL WHERE id = ? AND storage_full_since IS NOT NULL').run(
      id,
    );
  }
}

export function revokeDevice(
  db: Database,
  id: string,
  at: Date,
  audit: (device: Device) => AuditRecord,
): Device | undefined {
  return db.transaction(() => {
    const device = findDevice(db, id);
    if (!device) return undefined;
    prepared(db, 'UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(at.toISOString(), id);
    recordAudit(db, at, audit(device));
    return findDevice(db, id);
  })();
}

export function createPairingCode(db: Database, code: NewPairingCode, audit: AuditRecord, at: Date): void {
  db.transaction(() => {
    prepared(
      db,
      'INSERT INTO pairing_codes (code_hash, name, role, site_id, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      code.codeHash,
      code.name,
      code.role,
      code.site ?? DEFAULT_SITE_ID,
      code.createdBy,
      code.expiresAt.toISOString(),
    );
    recordAudit(db, at, audit);
  })();
}

/** Uses a pairing code (once, before it expires) to create a device. Undefined if the code is not valid. */
export function pairDevice(
  db: Database,
  input: { readonly codeHash: string; readonly id: string; readonly tokenHash: string; readonly at: Date },
  audit: (device: Device, pairedBy: string) => AuditRecord,
): Device | undefined {
  const { codeHash, id, tokenHash, at } = input;
  return db.transaction(() => {
    const row = prepared(
      db,
      'SELECT name, role, site_id, created_by, expires_at, used_at FROM pairing_codes WHERE code_hash = ?',
    ).get(codeHash) as
      | {
          name: string;
          role: DeviceRole;
          site_id: string;
          created_by: string;
          expires_at: string;
          used_at: string | null;
        }
      | undefined;
    if (!row || row.used_at !== null || Date.parse(row.expires_at) <= at.getTime()) return undefined;
    prepared(db, 'UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(at.toISOString(), codeHash);
    prepared(
      db,
      `INSERT INTO devices (id, name, role, site_id, token_hash, paired_by, paired_at, ticket_letter)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      row.name,
      row.role,
      row.site_id,
      tokenHash,
      row.created_by,
      at.toISOString(),
      letterFor(db, row.role, row.site_id),
    );
    const device = findDevice(db, id) as Device;
    recordAudit(db, at, audit(device, row.created_by));
    return device;
  })();
}
