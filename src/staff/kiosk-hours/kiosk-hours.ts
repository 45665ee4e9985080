/**
 * Opening the kiosks for a special event (or closing them early) until a time today, and going
 * back to the regular hours. Any signed-in staff member may; the kiosks follow after sync.
 */
import { CENTER } from '../../core/center.js';
import { centerDay } from '../../core/day.js';
import { zonedInstant } from '../../core/hours.js';
import { siteField } from '../../core/sites/site.js';
import { type RecordFailure, recordChange } from '../../sync/app-sync.js';
import { staffSession } from '../session.js';
import { workingSite } from '../site-choice.js';

export type OverrideResult =
  | { readonly ok: true }
  | RecordFailure
  | { readonly ok: false; readonly error: 'past' | 'signed_out'; readonly message: string };

/** The instant of `hhmm` today at the center, or null when it is not later than `now`. */
export function untilToday(hhmm: string, now: Date): Date | null {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) return null;
  const until = zonedInstant(centerDay(now), hhmm);
  return until.getTime() > now.getTime() ? until : null;
}

/** A sensible default end for an event: three hours from now, on the hour, and no later than 23:00. */
export function defaultUntil(now: Date): string {
  const local = new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    hourCycle: 'h23',
    timeZone: CENTER.timeZone,
  }).format(now);
  const hour = Math.min(23, Number(local) + 3);
  return `${String(hour).padStart(2, '0')}:00`;
}

export async function setKioskOverride(mode: 'open' | 'closed' | null, hhmm: string): Promise<OverrideResult> {
  const state = staffSession.peek();
  if (state.status !== 'signedIn') return { ok: false, error: 'signed_out', message: 'Please sign in again.' };
  let override: { mode: 'open' | 'closed'; until: string } | null = null;
  if (mode) {
    const until = untilToday(hhmm, new Date());
    if (!until) return { ok: false, error: 'past', message: 'Choose a time later today.' };
    override = { mode, until: until.toISOString() };
  }
  // The kiosks of the site being worked on follow it (an op of that site).
  const result = await recordChange(
    { type: 'settings.openOverrideSet', payload: { override }, ...siteField(workingSite.peek()) },
    state.session.staff.id,
  );
  return result.ok ? { ok: true } : result;
}
