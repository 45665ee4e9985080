/** issue 16 — HMIS: what the export is built from: the server's views and its staff names. */
import type { StaffAccount } from '../../src/core/auth/api.js';
import type { HmisStaffMember } from '../../src/core/exports/hmis/export.js';
import type { ItemView, ParticipantView, RequestView, View } from '../../src/core/fold/views.js';

export interface HmisSource {
  readonly participants: ParticipantView[];
  readonly items: ItemView[];
  readonly requests: RequestView[];
  readonly staff: HmisStaffMember[];
}

/** Every participant, item and request view (the core picks the range), and the staff names. */
export function hmisSourceOf(views: readonly View[], staff: readonly StaffAccount[]): HmisSource {
  return {
    participants: views.filter((view): view is ParticipantView => view.kind === 'participant'),
    items: views.filter((view): view is ItemView => view.kind === 'item'),
    requests: views.filter((view): view is RequestView => view.kind === 'request'),
    staff: staff.map(({ id, displayName, createdAt }) => ({ id, displayName, createdAt })),
  };
}
