/** The weekly hours form: one slot a day edited, extra slots kept, times checked, one op's worth of slots. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from '../../../src/core/center.js';
import { HoursSet } from '../../../src/core/ops/catalog.js';
import { weekdayLabel } from '../../../src/staff/catalog/HoursDay.js';
import { formFromHours, parseHoursForm, sameHours, withDay } from '../../../src/staff/catalog/hours-form.js';

describe('hours form', () => {
  it('shows the default hours as Monday, Wednesday and Friday open, and saves them back the same', () => {
    const form = formFromHours(DEFAULT_OPENING_HOURS);
    expect(form.days.map((day) => day.open)).toEqual([false, true, false, true, false, true, false]);
    const parsed = parseHoursForm(form);
    expect(parsed.ok && sameHours(parsed.hours, DEFAULT_OPENING_HOURS)).toBe(true);
  });

  it('opens a day with the usual times and changes one day only', () => {
    let form = formFromHours(DEFAULT_OPENING_HOURS);
    form = withDay(form, 2, { open: true });
    form = withDay(form, 2, { closes: '18:30' });
    form = withDay(form, 5, { open: false });
    const parsed = parseHoursForm(form);
    expect(parsed.ok && parsed.hours).toEqual([
      { weekday: 1, opens: '11:00', closes: '16:00' },
      { weekday: 2, opens: '11:00', closes: '18:30' },
      { weekday: 3, opens: '11:00', closes: '16:00' },
    ]);
    expect(parsed.ok && HoursSet.safeParse({ hours: parsed.hours }).success).toBe(true);
  });

  it('refuses a day that closes before (or when) it opens, or has no time, naming the day', () => {
    let form = formFromHours(DEFAULT_OPENING_HOURS);
    form = withDay(form, 1, { closes: '10:00' });
    form = withDay(form, 3, { closes: '11:00' });
    form = withDay(form, 5, { opens: '' });
    const parsed = parseHoursForm(form);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && [...parsed.problems]).toEqual([
      [1, 'catalog.hours.problem.order'],
      [3, 'catalog.hours.problem.order'],
      [5, 'catalog.hours.problem.time'],
    ]);
  });

  it('does not check the times of a closed day', () => {
    const form = withDay(withDay(formFromHours([]), 0, { opens: '', closes: '' }), 0, { open: false });
    expect(parseHoursForm(form)).toEqual({ ok: true, hours: [] });
  });

  it('keeps a second slot of a day that stays open, and drops it when the day closes', () => {
    const split = [
      { weekday: 2, opens: '17:00', closes: '19:00' },
      { weekday: 2, opens: '09:00', closes: '12:00' },
    ];
    const form = formFromHours(split);
    expect(form.days[2]).toEqual({ open: true, opens: '09:00', closes: '12:00' });
    expect(form.extra).toEqual([{ weekday: 2, opens: '17:00', closes: '19:00' }]);
    const edited = parseHoursForm(withDay(form, 2, { opens: '10:00' }));
    expect(edited.ok && edited.hours).toEqual([
      { weekday: 2, opens: '10:00', closes: '12:00' },
      { weekday: 2, opens: '17:00', closes: '19:00' },
    ]);
    expect(parseHoursForm(withDay(form, 2, { open: false }))).toEqual({ ok: true, hours: [] });
  });

  it('names the days in the screen’s language', () => {
    expect(weekdayLabel(1, 'en')).toBe('Monday');
    expect(weekdayLabel(0, 'es')).toBe('Domingo');
  });
});
