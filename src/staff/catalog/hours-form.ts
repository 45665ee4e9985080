/**
 * The weekly opening hours as a form: each weekday open or closed, with one opening and closing
 * time. The schema allows more than one slot a day (e.g. a lunch break); the form edits the first
 * and keeps the others as they are while the day stays open.
 */
import type { OpeningSlotValue } from '../../core/ops/catalog.js';
import type { MessageKey } from '../../i18n/index.js';

export interface DayHours {
  readonly open: boolean;
  /** "HH:MM", as a time input gives it. */
  readonly opens: string;
  readonly closes: string;
}

export interface HoursForm {
  /** Index = weekday, 0 = Sunday (as `Date#getDay()`). */
  readonly days: readonly DayHours[];
  /** Second and later slots of a day, not edited here. */
  readonly extra: readonly OpeningSlotValue[];
}

/** The order the days are listed in: the working week first, as staff think of it. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** Times offered when a closed day is opened (the center's usual hours). */
const USUAL: Omit<DayHours, 'open'> = { opens: '11:00', closes: '16:00' };

export function formFromHours(hours: readonly OpeningSlotValue[]): HoursForm {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  const days: DayHours[] = Array.from({ length: 7 }, () => ({ open: false, ...USUAL }));
  const extra: OpeningSlotValue[] = [];
  for (const slot of sorted) {
    if (days[slot.weekday]?.open) extra.push(slot);
    else days[slot.weekday] = { open: true, opens: slot.opens, closes: slot.closes };
  }
  return { days, extra };
}

export type DayProblem = MessageKey;
export type ParsedHours =
  | { ok: true; hours: OpeningSlotValue[] }
  | { ok: false; problems: ReadonlyMap<number, DayProblem> };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form as the slots of one `settings.hoursSet`, or a problem for each day that needs one. */
export function parseHoursForm(form: HoursForm): ParsedHours {
  const problems = new Map<number, DayProblem>();
  const hours: OpeningSlotValue[] = [];
  form.days.forEach((day, weekday) => {
    if (!day.open) return;
    if (!TIME.test(day.opens) || !TIME.test(day.closes)) problems.set(weekday, 'catalog.hours.problem.time');
    else if (day.closes <= day.opens) problems.set(weekday, 'catalog.hours.problem.order');
    else hours.push({ weekday, opens: day.opens, closes: day.closes });
  });
  if (problems.size > 0) return { ok: false, problems };
  // A day set to closed takes its extra slots with it.
  for (const slot of form.extra) if (form.days[slot.weekday]?.open) hours.push(slot);
  return { ok: true, hours: hours.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)) };
}

/** Whether saving would change anything (same slots, whatever their order). */
export function sameHours(a: readonly OpeningSlotValue[], b: readonly OpeningSlotValue[]): boolean {
  const key = (hours: readonly OpeningSlotValue[]) =>
    hours
      .map((slot) => `${slot.weekday} ${slot.opens}-${slot.closes}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

/** Changes one day, leaving the others alone. */
export function withDay(form: HoursForm, weekday: number, change: Partial<DayHours>): HoursForm {
  return {
    ...form,
    days: form.days.map((day, index) => (index === weekday ? { ...day, ...change } : day)),
  };
}
