import { describe, expect, it } from 'vitest';
import { KIOSK_IDLE_BEFORE_UPDATE_MS, shouldKioskApplyUpdate } from '../../src/pwa/update-policy.js';

describe('shouldKioskApplyUpdate', () => {
  const idle = { updateWaiting: true, onWelcomeScreen: true, lastInteractionAt: 0, now: KIOSK_IDLE_BEFORE_UPDATE_MS };

  it('applies a waiting update when the kiosk has been idle on the welcome screen long enough', () => {
    expect(shouldKioskApplyUpdate(idle)).toBe(true);
  });

  it('never applies while someone is using the kiosk', () => {
    expect(shouldKioskApplyUpdate({ ...idle, now: KIOSK_IDLE_BEFORE_UPDATE_MS - 1 })).toBe(false);
    expect(shouldKioskApplyUpdate({ ...idle, onWelcomeScreen: false, now: 10 * KIOSK_IDLE_BEFORE_UPDATE_MS })).toBe(
      false,
    );
  });

  it('does nothing when no update is waiting', () => {
    expect(shouldKioskApplyUpdate({ ...idle, updateWaiting: false })).toBe(false);
  });
});
