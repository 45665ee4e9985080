/**
 * Is the center open now, and when does it open next? Times are the center's local time
 * (America/Los_Angeles), whatever the device's own zone, across daylight-saving changes.
 * Staff can open (or close) the kiosk until a given time for a special event.
 */
import { CENTER } from './center.js';
import type { OpenOverride } from './fold/views.js';
import type { OpeningSlotValue } from './ops/catalog.js';

export interface OpeningState {
  readonly open: boolean;
  /** Set while an override decides (a special event, or closed early). */
  readonly override: OpenOverride | null;
  /** When an open period ends (null when closed or no end is known within a week). */
  readonly closesAt: Date | null;
  /** The next time it opens (null when open, or nothing scheduled within a week). */
  readonly nextOpening: Date | null;
}

interface LocalTime {
  readonly day: string;
  readonly weekday: number;
  readonly minutes: number;
}

export function openingState(
  hours: readonly OpeningSlotValue[],
  override: OpenOverride | null,
  now: Date,
  timeZone: string = CENTER.timeZone,
): OpeningState {
  const active = override && now.getTime() < Date.parse(override.until) ? override : null;
  const local = localTime(now, timeZone);
  const current = hours.find(
    (slot) =>
      slot.weekday === local.weekday &&
      toMinutes(slot.opens) <= local.minutes &&
      local.minutes < toMinutes(slot.closes),
  );
  if (active?.mode === 'open')
    return { open: true, override: active, closesAt: new Date(active.until), nextOpening: null };
  if (!active && current) {
    return {
      open: true,
      override: null,
      closesAt: zonedInstant(local.day, current.closes, timeZone),
      nextOpening: null,
    };
  }
  const after = active ? new Date(Math.max(now.getTime(), Date.parse(active.until))) : now;
  return { open: false, override: active, closesAt: null, nextOpening: nextOpeningAfter(hours, after, timeZone) };
}

/** The first slot start strictly after `after`, looking a week ahead. */
function nextOpeningAfter(hours: readonly OpeningSlotValue[], after: Date, timeZone: string): Date | null {
  for (let offset = 0; offset <= 7; offset += 1) {
    const local = localTime(new Date(after.getTime() + offset * 86_400_000), timeZone);
    const starts = hours
      .filter((slot) => slot.weekday === local.weekday)
      .map((slot) => zonedInstant(local.day, slot.opens, timeZone))
      .filter((start) => start.getTime() > after.getTime())
      .sort((a, b) => a.getTime() - b.getTime());
    if (starts[0]) return starts[0];
  }
  return null;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, string> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function localTime(date: Date, timeZone: string): LocalTime {
  const parts = partsIn(date, timeZone);
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant when the wall clock in `timeZone` shows `day` at `hhmm`. */
export function zonedInstant(day: string, hhmm: string, timeZone: string = CENTER.timeZone): Date {
  const wanted = Date.parse(`${day}T${hhmm}:00Z`);
  // Guess that the zone is UTC, see what the zone's clock says then, and correct by the gap;
  // twice, because the first correction can cross a daylight-saving change.
  let instant = wanted;
  for (let i = 0; i < 2; i += 1) {
    const parts = partsIn(new Date(instant), timeZone);
    const shown = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
    instant += wanted - shown;
  }
  return new Date(instant);
}
