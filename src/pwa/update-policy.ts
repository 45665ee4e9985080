/**
 * When a waiting app update may be applied by itself. A kiosk must never reload under
 * someone's fingers: only when it shows the welcome screen and nobody has touched it for a while.
 */

/** How long the kiosk must sit untouched on its welcome screen before it updates itself. */
export const KIOSK_IDLE_BEFORE_UPDATE_MS = 60_000;

export interface KioskUpdateContext {
  readonly updateWaiting: boolean;
  readonly onWelcomeScreen: boolean;
  readonly lastInteractionAt: number;
  readonly now: number;
}

export function shouldKioskApplyUpdate(context: KioskUpdateContext): boolean {
  return (
    context.updateWaiting &&
    context.onWelcomeScreen &&
    context.now - context.lastInteractionAt >= KIOSK_IDLE_BEFORE_UPDATE_MS
  );
}
