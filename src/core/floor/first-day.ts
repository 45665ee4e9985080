/**
 * The first day's checklist on Today: pair a kiosk, receive stock, enroll a participant. A step
 * goes once it is done; the list goes when all are. Pure, from the views and the device list.
 */
import type { View } from '../fold/views.js';
import { inSite, type SiteFilter } from '../sites/site.js';

export type FirstDayStep = 'pairKiosk' | 'receiveStock' | 'enroll';

export interface CenterStart {
  /** A kiosk is paired and not revoked; null when the device list could not be read (offline). */
  readonly kioskPaired: boolean | null;
  /** Stock has moved at least once (received, counted or handed out) on any item. */
  readonly stockReceived: boolean;
  /** At least one participant is enrolled. */
  readonly anyParticipant: boolean;
}

/**
 * What the views say about stock (of `site`) and participants (of the program); the kiosk step
 * needs the server's device list.
 */
export function startOfViews(views: Iterable<View>, site: SiteFilter = 'all'): Omit<CenterStart, 'kioskPaired'> {
  let stockReceived = false;
  let anyParticipant = false;
  for (const view of views) {
    if (view.kind === 'stock' && view.lines > 0 && inSite(view, site)) stockReceived = true;
    if (view.kind === 'participant' && view.enrolled !== null) anyParticipant = true;
  }
  return { stockReceived, anyParticipant };
}

/** The steps still to do, in the order to do them; a step whose state is unknown is left out. */
export function firstDaySteps(start: CenterStart): FirstDayStep[] {
  const steps: FirstDayStep[] = [];
  if (start.kioskPaired === false) steps.push('pairKiosk');
  if (!start.stockReceived) steps.push('receiveStock');
  if (!start.anyParticipant) steps.push('enroll');
  return steps;
}
