/**
 * Paired devices and their pairing codes in PostgreSQL. A device's token and a pairing code are
 * stored only as hashes (made by server/auth/pairing.ts); revoking is permanent.
 */
import { sql } from 'kysely';
import type { Device, DeviceRole } from '../../../src/core/auth/api.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import type { DeviceStorageReport } from '../../../src/core/sync/api.js';
import { firstFreeTicketLetter } from '../../auth/ticket-letters.js';
import { deviceOf } from '../rows.js';
import type { AuditRecord, NewPairingCode } from '../types.js';
import { recordAudit } from './audit.js';
import { inTransaction, type PgDb } from './db.js';

// Pairings take turns (in every server process on this database), so two kiosks paired at the
// same moment never get the same ticket letter. Any constant; it only has to be this one everywhere.
const PAIRING_LOCK = 7_017_019;

function selectDevices(db: PgDb) {
  return db
    .selectFrom('devices as d')
    .leftJoin('staff as s', 's.id', 'd.paired_by')
    .select([
      'd.id',
      'd.name',
      'd.role',
      's.display_name as paired_by_name',
      'd.paired_at',
      'd.last_seen_at',
      'd.last_sync_at',
      'd.revoked_at',
      'd.ticket_letter',
      'd.site_id',
      'd.storage_full_since',
    ]);
}

const toDevice = deviceOf;

/**
 * A free letter among the devices of the same site (a ticket is called out at one site). A lobby
 * display gives no tickets, so it takes no letter from the devices that do.
 */
async function letterFor(db: PgDb, role: DeviceRole, site: string): Promise<string | null> {
  if (role === 'display') return null;
  const rows = await db
    .selectFrom('devices')
    .select('ticket_letter')
    .where('site_id', '=', site)
    .where('revoked_at', 'is', null)
    .where('ticket_letter', 'is not', null)
    .execute();
  return firstFreeTicketLetter(new Set(rows.map((row) => row.ticket_letter as string)));
}

/** Paired first, by name (case-insensitively, as SQLite's NOCASE); revoked last. */
export async function listDevices(db: PgDb): Promise<Device[]> {
  const rows = await selectDevices(db)
    .orderBy(sql`d.revoked_at IS NOT NULL`)
    .orderBy(sql`lower(d.name) COLLATE "C"`)
    .orderBy('d.id')
    .execute();
  return rows.map(toDevice);
}

export async function findDevice(db: PgDb, id: string): Promise<Device | undefined> {
  const row = await selectDevices(db).where('d.id', '=', id).executeTakeFirst();
  return row && toDevice(row);
}

export async function findDeviceByToken(db: PgDb, tokenHash: string): Promise<Device | undefined> {
  const row = await selectDevices(db).where('d.token_hash', '=', tokenHash).executeTakeFirst();
  return row && toDevice(row);
}

export async function noteDeviceSeen(db: PgDb, id: string, now: Date): Promise<void> {
  await db.updateTable('devices').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function noteDeviceSynced(db: PgDb, id: string, now: Date): Promise<void> {
  await db.updateTable('devices').set({ last_sync_at: now.toISOString() }).where('id', '=', id).execute();
}

/** Full: from `now` unless it was full already (the first report's time stays); ok: cleared. */
export async function noteDeviceStorage(db: PgDb, id: string, report: DeviceStorageReport, now: Date): Promise<void> {
  const update = db.updateTable('devices').where('id', '=', id);
  if (report === 'full') {
    await update.set({ storage_full_since: now.toISOString() }).where('storage_full_since', 'is', null).execute();
  } else {
    await update.set({ storage_full_since: null }).where('storage_full_since', 'is not', null).execute();
  }
}

export function revokeDevice(
  db: PgDb,
  id: string,
  at: Date,
  audit: (device: Device) => AuditRecord,
): Promise<Device | undefined> {
  return inTransaction(db, async (trx) => {
    const device = await findDevice(trx, id);
    if (!device) return undefined;
    await trx
      .updateTable('devices')
      .set({ revoked_at: sql`coalesce(revoked_at, ${at.toISOString()})` })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, at, audit(device));
    return findDevice(trx, id);
  });
}

export function createPairingCode(db: PgDb, code: NewPairingCode, audit: AuditRecord, at: Date): Promise<void> {
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('pairing_codes')
      .values({
        code_hash: code.codeHash,
        name: code.name,
        role: code.role,
        site_id: code.site ?? DEFAULT_SITE_ID,
        created_by: code.createdBy,
        expires_at: code.expiresAt.toISOString(),
      })
      .execute();
    await recordAudit(trx, at, audit);
  });
}

/** Uses a pairing code (once, before it expires) to create a device. Undefined if the code is not valid. */
export function pairDevice(
  db: PgDb,
  input: { readonly codeHash: string; readonly id: string; readonly tokenHash: string; readonly at: Date },
  audit: (device: Device, pairedBy: string) => AuditRecord,
): Promise<Device | undefined> {
  const { codeHash, id, tokenHash, at } = input;
  return inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${PAIRING_LOCK})`.execute(trx);
    // Using the code is one conditional UPDATE: of two requests with the same code, one wins.
    const code = await trx
      .updateTable('pairing_codes')
      .set({ used_at: at.toISOString() })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at.toISOString())
      .returning(['name', 'role', 'site_id', 'created_by'])
      .executeTakeFirst();
    if (!code) return undefined;
    await trx
      .insertInto('devices')
      .values({
        id,
        name: code.name,
        role: code.role,
        site_id: code.site_id,
        token_hash: tokenHash,
        paired_by: code.created_by,
        paired_at: at.toISOString(),
        ticket_letter: await letterFor(trx, code.role, code.site_id),
      })
      .execute();
    const device = (await findDevice(trx, id)) as Device;
    await recordAudit(trx, at, audit(device, code.created_by));
    return device;
  });
}
