/**
 * The identity a browser keeps after pairing, made the way the app makes it (from a pairing answer
 * that passed the API schema), so a test's device cannot drift from what pairing really stores.
 */
import type { Device } from '../../src/core/auth/api.js';
import { DeviceIdentity, identityFromPairing } from '../../src/store/device-identity.js';
import { pairResponseFixture } from './api-fixtures.js';

export interface IdentityOptions {
  readonly token?: string;
  /** Marked revoked afterwards, as `markDeviceRevoked` leaves it. */
  readonly revoked?: boolean;
}

/** This browser paired as `device` (a kiosk named "Lobby tablet" unless told otherwise). */
export function pairedIdentity(device: Partial<Device> = {}, options: IdentityOptions = {}): DeviceIdentity {
  const identity = identityFromPairing(pairResponseFixture(options.token ?? 'tok-1', device));
  return DeviceIdentity.parse({ ...identity, revoked: options.revoked ?? false });
}
