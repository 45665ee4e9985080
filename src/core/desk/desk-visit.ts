/**
 * The front desk's same-day rules, from the views a staff device holds: the participant's visit
 * of the day (reused, never a second one) and what they already asked for at it, exactly as the
 * kiosk reads them from its kept records (see kiosk/same-day.ts).
 */
import type { RequestView, VisitView } from '../fold/views.js';
import { type ReturningVisit, returningVisit, type SameDayRecord, sameDayRecordOf } from '../kiosk/same-day.js';

/** The participant's visit on `day` with the quantities already asked for, or null for a first visit. */
export function deskReturningVisit(
  views: Iterable<VisitView | RequestView>,
  participantId: string,
  day: string,
): ReturningVisit | null {
  const records: SameDayRecord[] = [];
  for (const view of views) {
    const record = sameDayRecordOf(view);
    if (record) records.push(record);
  }
  return returningVisit(records, participantId, day);
}
