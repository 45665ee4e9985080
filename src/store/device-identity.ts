/**
 * Who this browser is to the server: the paired device's id, name, role and secret token.
 * A revoke only marks the record; nothing else on the device is deleted (queued data waits).
 */
import type { PairResponse } from '../core/auth/api.js';
import { DeviceRole } from '../core/auth/api.js';
import { z } from '../core/schema.js';
import { readMeta, writeMeta } from './db.js';

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
});
export type DeviceIdentity = z.infer<typeof DeviceIdentity>;

/** The stored identity, or null when this browser was never paired (or the record is unreadable). */
export async function getDeviceIdentity(): Promise<DeviceIdentity | null> {
  const parsed = DeviceIdentity.safeParse(await readMeta(KEY));
  return parsed.success ? parsed.data : null;
}

/** Stores the identity, replacing any earlier one (pairing again after a revoke). */
export async function saveDeviceIdentity(identity: DeviceIdentity): Promise<void> {
  await writeMeta(KEY, DeviceIdentity.parse(identity));
}

/**
 * Marks the stored identity revoked, keeping the record; returns it (null if there is none).
 * With `token`, only if it is still that identity (the device may have been paired again since).
 */
export async function markDeviceRevoked(token?: string): Promise<DeviceIdentity | null> {
  const identity = await getDeviceIdentity();
  if (!identity || (token !== undefined && identity.token !== token)) return null;
  if (identity.revoked) return identity;
  const revoked = { ...identity, revoked: true };
  await saveDeviceIdentity(revoked);
  return revoked;
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
  };
}
