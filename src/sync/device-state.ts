/** This browser's device identity as a signal, so screens follow pairing and revoking as they happen. */
import { signal } from '@preact/signals';
import type { DeviceIdentity } from '../store/device-identity.js';

/** undefined until it has been read from IndexedDB; null when this browser was never paired. */
export const thisDevice = signal<DeviceIdentity | null | undefined>(undefined);

/** True when this browser is paired as a kiosk (revoked or not): it stays locked to the kiosk. */
export function isKioskDevice(identity: DeviceIdentity | null | undefined): boolean {
  return identity?.role === 'kiosk';
}

/**
 * True when this browser is a lobby display still paired: only then does /display show numbers.
 * A staff laptop's pairing or a staff sign-in does not make one.
 */
export function isPairedDisplay(identity: DeviceIdentity | null | undefined): boolean {
  return identity?.role === 'display' && !identity.revoked;
}
