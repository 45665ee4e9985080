/**
 * Reading the stored device identity without Zod, for the first screen: a kiosk learns whether it
 * is paired and at which site before anything else loads. `parseStoredIdentity` accepts and
 * returns exactly what `DeviceIdentity.safeParse` (device-identity.ts, which saves it) does; a
 * property test holds the two together.
 */
import { DEFAULT_SITE_ID } from '../core/sites/site.js';
import { readMeta } from './db.js';
import type { DeviceIdentity } from './device-identity.js';

const ROLES: readonly string[] = ['kiosk', 'staff', 'display'];
/** As `Id` in core/ops/ids.ts. */
const ID = /^[A-Za-z0-9_-]{8,64}$/;

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length >= 1;

/** The identity a stored record holds, as the schema reads it (unknown keys dropped, site defaulted), or null. */
export function parseStoredIdentity(value: unknown): DeviceIdentity | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const { id, name, role, token, revoked, pairedAt, ticketLetter, site } = record;
  if (!nonEmpty(id) || typeof name !== 'string' || typeof role !== 'string' || !ROLES.includes(role)) return null;
  if (!nonEmpty(token) || typeof revoked !== 'boolean' || typeof pairedAt !== 'string') return null;
  if (ticketLetter !== undefined && ticketLetter !== null && typeof ticketLetter !== 'string') return null;
  if (site !== undefined && (typeof site !== 'string' || !ID.test(site))) return null;
  const identity: Record<string, unknown> = {
    id,
    name,
    role,
    token,
    revoked,
    pairedAt,
  };
  if (ticketLetter !== undefined || 'ticketLetter' in record) identity.ticketLetter = ticketLetter;
  identity.site = site ?? DEFAULT_SITE_ID;
  return identity as DeviceIdentity;
}

/** The stored identity, or null when this browser was never paired (or the record is unreadable). */
export async function readDeviceIdentity(): Promise<DeviceIdentity | null> {
  return parseStoredIdentity(await readMeta('deviceIdentity'));
}

/** The site of a device identity: an unpaired browser (null) is at the default site. */
export function siteOfDevice(identity: DeviceIdentity | null | undefined): string {
  return identity?.site ?? DEFAULT_SITE_ID;
}

/** The site this device is at, as stored (as `currentSite` in device-identity.ts). */
export async function storedSite(): Promise<string> {
  return siteOfDevice(await readDeviceIdentity().catch(() => null));
}
