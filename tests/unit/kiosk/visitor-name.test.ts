import { describe, expect, it } from 'vitest';
import { VisitCheckedIn } from '../../../src/core/ops/visits.js';
import { visitorName } from '../../../src/kiosk/visitor-name.js';

const checkIn = (name: string | null) =>
  VisitCheckedIn.safeParse({ visitId: 'visit_00000001', day: '2026-11-27', ticket: 'A-1', who: 'visitor', name });

describe('the name a visitor types at the kiosk', () => {
  it('becomes a name the check-in op accepts even when cut right after an emoji’s first half', () => {
    // 59 letters and an emoji: slice(0, 60) kept half of the emoji, and the op was refused.
    const typed = `${'a'.repeat(59)}😀 and more`;
    expect(checkIn(typed.trim().slice(0, 60)).success).toBe(false);
    const name = visitorName(typed);
    expect(name).toBe(`${'a'.repeat(59)}😀`);
    expect(checkIn(name).success).toBe(true);
  });

  it('drops controls and broken characters, and composes accents', () => {
    expect(visitorName(' Jose\u0301\u0000\tRamón\uD83D ')).toBe('José Ramón');
  });

  it('is null when nothing is left, so the visitor stays nameless', () => {
    expect(visitorName('  \u0000 \t ')).toBeNull();
    expect(checkIn(visitorName(''))).toMatchObject({ success: true });
  });
});
