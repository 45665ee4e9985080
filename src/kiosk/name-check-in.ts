/**
 * The kiosk's side of "find my name": look up a typed name with a birthday, and count the misses
 * across people (outside the per-person flow state, which a reset to welcome drops).
 */

import { nameMissCounter } from '../core/kiosk/name-misses.js';
import { findByNameAndBirthday } from '../core/kiosk/name-search.js';
import { kioskDirectoryFor } from './check-in.js';
import { goTo, type KioskStep } from './flow.js';

const misses = nameMissCounter(() => Date.now());

/** Whether name check-in is resting now. */
export function nameCheckInPaused(): boolean {
  return misses.pausedUntil() !== null;
}

/** "Find my name" from any screen: the name step, or the resting message while it rests. */
export function startNameCheckIn(): void {
  goTo(nameCheckInPaused() ? { step: 'namePaused' } : { step: 'name' });
}

/**
 * A name check-in that ends without a check-in: no match, a wrong birthday, look-alikes, "that is
 * not me". All count alike and all look alike ("please see staff"), so neither the screen nor the
 * rest that follows tells which it was. The third in a row rests name check-in instead.
 */
export function nameMissed(): KioskStep {
  misses.recordMiss();
  return nameCheckInPaused() ? { step: 'namePaused' } : { step: 'seeStaff' };
}

/** Someone confirmed who they are by name and birthday. */
export function nameConfirmed(): void {
  misses.recordSuccess();
}

/** The answer to a typed name and birthday: someone to confirm, labels to choose from, or a miss. */
export async function lookUpName(typed: string, month: number, day: number): Promise<KioskStep> {
  if (nameCheckInPaused()) return { step: 'namePaused' };
  // Read now, not when the screen opened: someone enrolled a minute ago can already check in.
  const outcome = findByNameAndBirthday(await kioskDirectoryFor(typed), typed, month, day);
  switch (outcome.kind) {
    case 'one':
      return { step: 'confirm', typed, month, day, label: outcome.label, entry: outcome.entry };
    case 'choose':
      return { step: 'choose', typed, month, day, choices: outcome.choices };
    case 'none':
    case 'staff':
      return nameMissed();
  }
}
