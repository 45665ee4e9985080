/**
 * Which kiosk screen is showing. 'starting' while the device identity is read, 'pairing' while
 * the tablet is not (or no longer) set up; check-in screens follow. Updates apply only on 'welcome'.
 */
import { signal } from '@preact/signals';
import type { DeviceIdentity } from '../store/device-identity.js';

export type KioskScreen = 'starting' | 'pairing' | 'welcome';

export const kioskScreen = signal<KioskScreen>('starting');

/**
 * The screen for this device's identity (undefined: not read yet; null: never paired). A paired
 * tablet keeps whatever check-in screen it shows; it leaves 'starting' or 'pairing' for welcome.
 */
export function screenForDevice(identity: DeviceIdentity | null | undefined, current: KioskScreen): KioskScreen {
  if (identity === undefined) return 'starting';
  // A lobby display's browser is no kiosk: its check-ins could never be sent (a display pushes nothing).
  if (identity === null || identity.revoked || identity.role === 'display') return 'pairing';
  return current === 'starting' || current === 'pairing' ? 'welcome' : current;
}
