/**
 * Who this browser is to the server: the paired device's id, name, role, site and secret token.
 * A revoke marks the record; a revoked kiosk also forgets its directory, but queued data waits.
 */
import type { PairResponse } from '../core/auth/api.js';
import { DeviceRole } from '../core/auth/api.js';
import { Id } from '../core/ops/ids.js';
import { z } from '../core/schema.js';
import { DEFAULT_SITE_ID } from '../core/sites/site.js';
import { type DropinDb, openDropinDb, readMeta } from './db.js';
import { siteOfDevice } from './device-identity-read.js';
import { FORGET_STORES, forgetPeopleInTransaction } from './kiosk-retention.js';
import { runWrite } from './op-write.js';

const KEY = 'deviceIdentity';

export const DeviceIdentity = z.object({
  id: z.string().min(1),
  name: z.string(),
  role: DeviceRole,
  token: z.string().min(1),
  revoked: z.boolean(),
  pairedAt: z.string(),
  /** Letter(s) before this device's ticket numbers; absent on identities stored before letters existed. */
  ticketLetter: z.string().nullable().optional(),
  /** The site the device was paired at; identities stored before sites have none: the first site. */
  site: Id.default(DEFAULT_SITE_ID),
});
export type DeviceIdentity = z.infer<typeof DeviceIdentity>;

/** The stored identity, or null when this browser was never paired (or the record is unreadable). */
export async function getDeviceIdentity(): Promise<DeviceIdentity | null> {
  const parsed = DeviceIdentity.safeParse(await readMeta(KEY));
  return parsed.success ? parsed.data : null;
}

/**
 * Stores the identity, replacing any earlier one (pairing again after a revoke). When the site
 * changes, the sync cursor goes in the same transaction: what came after it was another site's
 * feed, so the next sync starts from a snapshot of this site's, which replaces the old views.
 */
export async function saveDeviceIdentity(identity: DeviceIdentity): Promise<void> {
  const next = DeviceIdentity.parse(identity);
  try {
    await runWrite(await openDropinDb(), ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const before = DeviceIdentity.safeParse(await meta.get(KEY));
      await meta.put(next, KEY);
      if (siteOfDevice(before.success ? before.data : null) !== next.site) await meta.delete('syncCursor');
    });
  } finally {
    forgetRememberedIdentity();
  }
}

let remembered: { readonly db: DropinDb; readonly identity: Promise<DeviceIdentity | null> } | undefined;

/**
 * The stored identity for the credentials of a request: read once per database connection and
 * read again after this module writes it or `forgetRememberedIdentity()`. Reading it for every
 * request made each pulled page's next request wait for the page's own write (a read of `meta`
 * queues behind a transaction writing it), so the pipelined pulls ran one after the other.
 */
export async function rememberedDeviceIdentity(): Promise<DeviceIdentity | null> {
  const db = await openDropinDb();
  if (remembered?.db !== db) remembered = { db, identity: getDeviceIdentity().catch(() => null) };
  return remembered.identity;
}

/** The next `rememberedDeviceIdentity()` reads the store (another tab may have paired again). */
export function forgetRememberedIdentity(): void {
  remembered = undefined;
}

/** The site of a device identity: an unpaired browser (null) is at the default site. */
export { siteOfDevice };

/**
 * The site this device is at, as stored: what its ops name, and whose catalog, settings, stock
 * and calls its screens show. An unpaired browser, and one paired before sites, is at the default site.
 */
export async function currentSite(): Promise<string> {
  return siteOfDevice(await getDeviceIdentity().catch(() => null));
}

/**
 * Marks the stored identity revoked, keeping the record; returns it (null if there is none).
 * With `token`, only if it is still that identity (the device may have been paired again since).
 * A kiosk forgets its directory and everyone it could name in the same transaction, so a tablet
 * that is no longer trusted holds no one from then on; its unsent ops stay in the outbox.
 */
export async function markDeviceRevoked(token?: string): Promise<DeviceIdentity | null> {
  try {
    return await runWrite(await openDropinDb(), FORGET_STORES, async (tx) => {
      const meta = tx.objectStore('meta');
      const parsed = DeviceIdentity.safeParse(await meta.get(KEY));
      if (!parsed.success || (token !== undefined && parsed.data.token !== token)) return null;
      const revoked = { ...parsed.data, revoked: true };
      if (!parsed.data.revoked) await meta.put(revoked, KEY);
      if (revoked.role === 'kiosk') await forgetPeopleInTransaction(tx);
      return revoked;
    });
  } finally {
    forgetRememberedIdentity();
  }
}

/** The identity to store from a successful pairing response. */
export function identityFromPairing(response: PairResponse): DeviceIdentity {
  const { device, token } = response;
  return {
    id: device.id,
    name: device.name,
    role: device.role,
    token,
    revoked: false,
    pairedAt: device.pairedAt,
    ticketLetter: device.ticketLetter,
    site: device.site,
  };
}
