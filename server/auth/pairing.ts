/**
 * Pairing codes and device tokens: what they are and how they are hashed before the storage
 * sees them. A device proves itself with a random token returned once at pairing.
 */
import { randomBytes } from 'node:crypto';
import { formatPairingCode, normalisePairingCode, pairingCodeFromBytes } from '../../src/core/auth/pairing-code.js';
import { sha256 } from './crypto.js';

export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;
/** A device's last-seen time is written at most this often, so reads do not turn into writes. */
export const DEVICE_SEEN_EVERY_MS = 60 * 1000;
/**
 * A device's last-sync time (shown to admins) is written at most this often: every push, pull
 * and snapshot noting it would put a durable write (an fsync) in front of each answer.
 */
export const DEVICE_SYNC_NOTED_EVERY_MS = 60 * 1000;

/** Whether a sync by `device` at `now` should be written down: never noted, or not within the last minute. */
export function deviceSyncDue(device: { readonly lastSyncAt: string | null }, now: Date): boolean {
  return device.lastSyncAt === null || now.getTime() - Date.parse(device.lastSyncAt) >= DEVICE_SYNC_NOTED_EVERY_MS;
}

/** A fresh code to show on the staff screen, and the hash to store. */
export function newPairingCode(at: Date): { code: string; codeHash: string; expiresAt: Date } {
  const code = pairingCodeFromBytes(randomBytes(8));
  return {
    code: formatPairingCode(code),
    codeHash: sha256(code),
    expiresAt: new Date(at.getTime() + PAIRING_CODE_TTL_MS),
  };
}

/** The hash a typed code is stored under, or undefined if it cannot be a code. */
export function pairingCodeHash(typed: string): string | undefined {
  const code = normalisePairingCode(typed);
  return code ? sha256(code) : undefined;
}
