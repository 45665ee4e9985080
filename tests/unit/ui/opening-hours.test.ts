import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from '../../../src/core/center.js';
import { formatHours } from '../../../src/ui/opening-hours.js';

describe('opening hours on a card', () => {
  it('groups the days that share times, in the card language', () => {
    expect(formatHours(DEFAULT_OPENING_HOURS, 'en')).toBe('Mon, Wed, Fri 11 AM–4 PM');
    // Los Angeles Spanish: 12-hour times (Node's ICU writes "a.m.", newer CLDR "a. m.").
    expect(formatHours(DEFAULT_OPENING_HOURS, 'es')).toMatch(/^lun, mié, vie 11 a\.\s?m\.–4 p\.\s?m\.$/);
  });

  it('lists different times separately, in weekday order, with minutes when they matter', () => {
    const hours = [
      { weekday: 6, opens: '09:30', closes: '12:00' },
      { weekday: 2, opens: '11:00', closes: '16:00' },
    ];
    expect(formatHours(hours, 'en')).toBe('Tue 11 AM–4 PM; Sat 9:30 AM–12 PM');
    expect(formatHours([], 'en')).toBe('');
  });
});
