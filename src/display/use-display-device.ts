/**
 * Reads this browser's pairing at start, then asks the server every minute and when the
 * network returns whether the display still stands (a revoke shows the pairing screen again).
 */
import { useEffect } from 'preact/hooks';
import { checkThisDevice, loadThisDevice } from '../sync/device.js';

const CHECK_EVERY_MS = 60_000;

export function useDisplayDevice(): void {
  useEffect(() => {
    const check = () => void checkThisDevice();
    void loadThisDevice().then(check);
    const timer = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('online', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', check);
    };
  }, []);
}
