/**
 * When someone last touched or typed on this device: the kiosk resets and updates only when idle,
 * and the staff console on a kiosk tablet signs out when idle (staff/useKioskLock.ts).
 */
import { signal } from '@preact/signals';

export const lastInteractionAt = signal(Date.now());

const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Starts tracking interactions on the whole page; returns a function that stops it. */
export function trackInteractions(target: EventTarget = window): () => void {
  const touch = () => {
    lastInteractionAt.value = Date.now();
  };
  for (const type of INTERACTIONS) target.addEventListener(type, touch, { passive: true, capture: true });
  return () => {
    for (const type of INTERACTIONS) target.removeEventListener(type, touch, { capture: true });
  };
}
