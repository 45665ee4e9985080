/**
 * On a tablet paired as a kiosk, the staff console is a short visit: it signs out after
 * 5 minutes without a touch, and an unattended sign-in screen goes back to the kiosk after 1.
 */

export const KIOSK_STAFF_IDLE_MS = 5 * 60_000;
export const KIOSK_SIGN_IN_IDLE_MS = 60_000;

export interface KioskLockContext {
  readonly kioskDevice: boolean;
  readonly signedIn: boolean;
  readonly lastInteractionAt: number;
  readonly now: number;
}

/** Whether to sign out (if signed in) and return to /kiosk now. */
export function shouldReturnToKiosk(context: KioskLockContext): boolean {
  if (!context.kioskDevice) return false;
  const limit = context.signedIn ? KIOSK_STAFF_IDLE_MS : KIOSK_SIGN_IN_IDLE_MS;
  return context.now - context.lastInteractionAt >= limit;
}
