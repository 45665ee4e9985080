import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from '../../../src/core/center.js';
import { openingState, zonedInstant } from '../../../src/core/hours.js';

// Friday 2026-11-27 and the days around it, in Los Angeles (PST, UTC−8).
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it('is open Monday, Wednesday and Friday 11:00–16:00 Los Angeles time, whatever the device zone', () => {
    const friday = openingState(DEFAULT_OPENING_HOURS, null, at('2026-11-27T19:30:00Z')); // 11:30 PST
    expect(friday.open).toBe(true);
    expect(friday.closesAt?.toISOString()).toBe('2026-11-28T00:00:00.000Z'); // 16:00 PST
    expect(openingState(DEFAULT_OPENING_HOURS, null, at('2026-11-27T18:59:00Z')).open).toBe(false); // 10:59
    expect(openingState(DEFAULT_OPENING_HOURS, null, at('2026-11-28T00:00:00Z')).open).toBe(false); // 16:00 sharp
  });

  it('says when it opens next: later today, or the next opening day', () => {
    expect(openingState(DEFAULT_OPENING_HOURS, null, at('2026-11-27T16:00:00Z')).nextOpening?.toISOString()).toBe(
      '2026-11-27T19:00:00.000Z',
    );
    // Friday evening → Monday 11:00.
    expect(openingState(DEFAULT_OPENING_HOURS, null, at('2026-11-28T02:00:00Z')).nextOpening?.toISOString()).toBe(
      '2026-11-30T19:00:00.000Z',
    );
    expect(openingState([], null, at('2026-11-28T02:00:00Z')).nextOpening).toBeNull();
  });

  it('keeps local times across daylight-saving changes', () => {
    // Sunday 2026-03-08 clocks go forward; Monday 11:00 PDT is 18:00 UTC.
    expect(zonedInstant('2026-03-09', '11:00').toISOString()).toBe('2026-03-09T18:00:00.000Z');
    expect(zonedInstant('2026-03-06', '11:00').toISOString()).toBe('2026-03-06T19:00:00.000Z');
    const saturday = openingState(DEFAULT_OPENING_HOURS, null, at('2026-03-07T20:00:00Z'));
    expect(saturday.nextOpening?.toISOString()).toBe('2026-03-09T18:00:00.000Z');
  });

  it('lets staff open for a special event, or close early, until a given time', () => {
    const saturday = at('2026-11-28T20:00:00Z');
    const event = openingState(DEFAULT_OPENING_HOURS, { mode: 'open', until: '2026-11-28T23:00:00.000Z' }, saturday);
    expect(event).toMatchObject({ open: true, closesAt: new Date('2026-11-28T23:00:00.000Z') });
    const expired = openingState(DEFAULT_OPENING_HOURS, { mode: 'open', until: '2026-11-28T19:00:00.000Z' }, saturday);
    expect(expired.open).toBe(false);
    const closedEarly = openingState(
      DEFAULT_OPENING_HOURS,
      { mode: 'closed', until: '2026-11-27T23:59:00.000Z' },
      at('2026-11-27T19:30:00Z'),
    );
    expect(closedEarly.open).toBe(false);
    expect(closedEarly.nextOpening?.toISOString()).toBe('2026-11-30T19:00:00.000Z');
  });
});
