/** Applies the kiosk lock (kiosk-lock.ts) while the staff console is open on a kiosk tablet. */
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isKioskDevice, thisDevice } from '../sync/device-state.js';
import { lastInteractionAt, trackInteractions } from '../ui/idle.js';
import { shouldReturnToKiosk } from './kiosk-lock.js';
import { endSession, staffSession } from './session.js';

const CHECK_EVERY_MS = 5_000;

export function useKioskLock(): void {
  const { route } = useLocation();
  const routeRef = useRef(route);
  routeRef.current = route;
  useEffect(() => {
    lastInteractionAt.value = Date.now();
    const stopTracking = trackInteractions();
    const timer = setInterval(() => {
      const signedIn = staffSession.value.status === 'signedIn';
      const context = {
        kioskDevice: isKioskDevice(thisDevice.value),
        signedIn,
        lastInteractionAt: lastInteractionAt.value,
        now: Date.now(),
      };
      if (!shouldReturnToKiosk(context)) return;
      if (signedIn) void endSession();
      routeRef.current('/kiosk');
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      stopTracking();
    };
  }, []);
}
