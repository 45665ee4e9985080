/** The first name a community visitor typed, made into what the `visit.checkedIn` op accepts. */
import { cleanLine } from '../core/text.js';

/** The most a visitor's name may have (the op schema's limit, in characters). */
export const VISITOR_NAME_MAX = 60;

/**
 * Controls and broken characters gone, NFC, trimmed, cut to 60 characters without splitting one
 * (a plain slice could cut an emoji in half, and the kiosk would fail to save the check-in);
 * null when nothing is left.
 */
export function visitorName(typed: string): string | null {
  return cleanLine(typed, VISITOR_NAME_MAX) || null;
}
