/** issue 16 — HMIS: what an export will leave out, for the admin panel to say before downloading. */
import type { CatalogItem, Participant } from '../../fold/selectors.js';
import { hasHmisConsent } from './services.js';

export interface HmisGaps {
  /** Items on offer with no HMIS service code, in kiosk order. */
  readonly itemsWithoutCode: readonly CatalogItem[];
  /** Enrolled participants who did not say yes to HMIS. */
  readonly participantsWithoutConsent: number;
}

export function hmisGaps(items: readonly CatalogItem[], participants: readonly Participant[]): HmisGaps {
  return {
    itemsWithoutCode: items.filter((item) => !item.retired && !item.hmisService),
    participantsWithoutConsent: participants.filter((participant) => !hasHmisConsent(participant)).length,
  };
}
