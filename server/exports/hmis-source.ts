/** issue 16 — HMIS: what the export is built from, read from the server's views and staff table. */
import type { Database } from 'better-sqlite3';
import type { HmisStaffMember } from '../../src/core/exports/hmis/export.js';
import type { ItemView, ParticipantView, RequestView } from '../../src/core/fold/views.js';
import { listStaff } from '../auth/staff-store.js';
import { listViews } from '../sync/views-table.js';

export interface HmisSource {
  readonly participants: ParticipantView[];
  readonly items: ItemView[];
  readonly requests: RequestView[];
  readonly staff: HmisStaffMember[];
}

/** Every participant, item and request view (the core picks the range), and the staff names. */
export function loadHmisSource(db: Database): HmisSource {
  const views = listViews(db, ['participant', 'item', 'request']).map((stored) => stored.view);
  return {
    participants: views.filter((view): view is ParticipantView => view.kind === 'participant'),
    items: views.filter((view): view is ItemView => view.kind === 'item'),
    requests: views.filter((view): view is RequestView => view.kind === 'request'),
    staff: listStaff(db).map(({ id, displayName, createdAt }) => ({ id, displayName, createdAt })),
  };
}
