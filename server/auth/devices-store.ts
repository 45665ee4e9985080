/**
 * Paired devices and their pairing codes. A device proves itself with a random token that is
 * returned once at pairing and stored only as a hash; revoking it is permanent.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Device, DeviceRole } from '../../src/core/auth/api.js';
import { formatPairingCode, normalisePairingCode, pairingCodeFromBytes } from '../../src/core/auth/pairing-code.js';
import { newId, newToken, sha256 } from './crypto.js';

export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;
const LAST_SEEN_EVERY_MS = 60 * 1000;

interface DeviceRow {
  id: string;
  name: string;
  role: DeviceRole;
  paired_by_name: string | null;
  paired_at: string;
  last_seen_at: string | null;
  last_sync_at: string | null;
  revoked_at: string | null;
  ticket_letter: string | null;
}

const SELECT_DEVICE = `SELECT d.id, d.name, d.role, s.display_name AS paired_by_name, d.paired_at,
  d.last_seen_at, d.last_sync_at, d.revoked_at, d.ticket_letter FROM devices d LEFT JOIN staff s ON s.id = d.paired_by`;

function toDevice(row: DeviceRow): Device {
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
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The first of A…Z, then AA…ZZ, that no paired (unrevoked) device holds. */
export function freeTicketLetter(db: Database): string {
  const taken = new Set(
    db
      .prepare('SELECT ticket_letter FROM devices WHERE revoked_at IS NULL AND ticket_letter IS NOT NULL')
      .pluck()
      .all() as string[],
  );
  const candidates = [...LETTERS, ...[...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second))];
  const free = candidates.find((letters) => !taken.has(letters));
  if (!free) throw new Error('every ticket letter is in use: revoke devices that are no longer used');
  return free;
}

/** A lobby display gives no tickets, so it takes no letter from the devices that do. */
function letterFor(db: Database, role: DeviceRole): string | null {
  return role === 'display' ? null : freeTicketLetter(db);
}

export function listDevices(db: Database): Device[] {
  return (
    db.prepare(`${SELECT_DEVICE} ORDER BY d.revoked_at IS NOT NULL, d.name COLLATE NOCASE`).all() as DeviceRow[]
  ).map(toDevice);
}

export function findDevice(db: Database, id: string): Device | undefined {
  const row = db.prepare(`${SELECT_DEVICE} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  return row && toDevice(row);
}

export function findDeviceByToken(db: Database, token: string): Device | undefined {
  const row = db.prepare(`${SELECT_DEVICE} WHERE d.token_hash = ?`).get(sha256(token)) as DeviceRow | undefined;
  return row && toDevice(row);
}

export function noteDeviceSeen(db: Database, device: Device, now: Date): void {
  if (device.lastSeenAt && now.getTime() - Date.parse(device.lastSeenAt) < LAST_SEEN_EVERY_MS) return;
  db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), device.id);
}

export function revokeDevice(db: Database, id: string, at: Date): void {
  db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(at.toISOString(), id);
}

export function createPairingCode(
  db: Database,
  fields: { name: string; role: DeviceRole; createdBy: string },
  at: Date,
): { code: string; expiresAt: string } {
  const code = pairingCodeFromBytes(randomBytes(8));
  const expiresAt = new Date(at.getTime() + PAIRING_CODE_TTL_MS).toISOString();
  db.prepare('INSERT INTO pairing_codes (code_hash, name, role, created_by, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    sha256(code),
    fields.name,
    fields.role,
    fields.createdBy,
    expiresAt,
  );
  return { code: formatPairingCode(code), expiresAt };
}

/** Uses a pairing code (once, before it expires) to create a device. Undefined if the code is not valid. */
export function pairDevice(db: Database, typedCode: string, at: Date): { device: Device; token: string } | undefined {
  const code = normalisePairingCode(typedCode);
  if (!code) return undefined;
  return db.transaction(() => {
    const row = db
      .prepare('SELECT name, role, created_by, expires_at, used_at FROM pairing_codes WHERE code_hash = ?')
      .get(sha256(code)) as
      | { name: string; role: DeviceRole; created_by: string; expires_at: string; used_at: string | null }
      | undefined;
    if (!row || row.used_at !== null || Date.parse(row.expires_at) <= at.getTime()) return undefined;
    db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(at.toISOString(), sha256(code));
    const id = newId();
    const token = newToken();
    db.prepare(
      'INSERT INTO devices (id, name, role, token_hash, paired_by, paired_at, ticket_letter) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(id, row.name, row.role, sha256(token), row.created_by, at.toISOString(), letterFor(db, row.role));
    return { device: findDevice(db, id) as Device, token };
  })();
}
