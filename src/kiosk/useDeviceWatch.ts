/**
 * Keeps the kiosk's screen in step with its pairing: reads the identity at start, then asks the
 * server at start, every minute and when the network returns whether the tablet was revoked.
 * Offline, nothing changes: a paired kiosk keeps welcoming people.
 */
import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { thisDevice } from '../sync/device-state.js';
import { loadThisDevice } from '../sync/this-device.js';
import { afterFirstPaint } from '../ui/after-paint.js';
import { kioskScreen, screenForDevice } from './screen.js';

export const DEVICE_CHECK_EVERY_MS = 60_000;

/** Asking the server loads the device API (and its schemas): after the first screen is painted. */
function checkThisDevice(): Promise<void> {
  return import('../sync/device.js').then((device) => device.checkThisDevice());
}

export function useDeviceWatch(): void {
  useEffect(() => {
    const check = () => void checkThisDevice().catch(() => undefined);
    void loadThisDevice().then(() => afterFirstPaint(check));
    const timer = setInterval(check, DEVICE_CHECK_EVERY_MS);
    window.addEventListener('online', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', check);
    };
  }, []);

  useSignalEffect(() => {
    const identity = thisDevice.value;
    kioskScreen.value = screenForDevice(identity, kioskScreen.peek());
  });
}
