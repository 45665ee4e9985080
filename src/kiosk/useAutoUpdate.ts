/** Applies a waiting app update once the kiosk has sat idle on its welcome screen long enough. */
import { useEffect } from 'preact/hooks';
import { applyUpdate, updateWaiting } from '../pwa/register.js';
import { shouldKioskApplyUpdate } from '../pwa/update-policy.js';
import { lastInteractionAt, trackInteractions } from '../ui/idle.js';
import { kioskStep } from './flow.js';
import { kioskScreen } from './screen.js';

const CHECK_EVERY_MS = 5_000;

export function useAutoUpdate(): void {
  useEffect(() => {
    const stopTracking = trackInteractions();
    const timer = setInterval(() => {
      const context = {
        updateWaiting: updateWaiting.value,
        onWelcomeScreen: kioskScreen.value === 'welcome' && kioskStep.value.step === 'welcome',
        lastInteractionAt: lastInteractionAt.value,
        now: Date.now(),
      };
      if (shouldKioskApplyUpdate(context)) applyUpdate();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      stopTracking();
    };
  }, []);
}
