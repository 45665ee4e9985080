import { describe, expect, it } from 'vitest';
import { firstDaySteps, startOfViews } from '../../../../src/core/floor/first-day.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import { opBuilder, TEST_PROFILE } from '../../../support/op-factory.js';

const staff = () => opBuilder('laptop_aaaa', 'staff_000001');
const CONSENT = {
  agreed: true,
  at: '2026-11-27T19:00:00.000Z',
  recordedBy: 'staff_000001',
  textVersion: 'v1',
} as const;

describe('first day checklist', () => {
  it('lists every step on a new center, in order', () => {
    const start = { kioskPaired: false, ...startOfViews(foldOps([]).values()) };
    expect(firstDaySteps(start)).toEqual(['pairKiosk', 'receiveStock', 'enroll']);
  });

  it('drops each step once done, and is empty when all are', () => {
    const a = staff();
    const stocked = foldOps([
      a.op({ type: 'stock.received', payload: { itemId: 'item_blanket', quantity: 5, kind: 'donation' } }),
    ]);
    expect(firstDaySteps({ kioskPaired: false, ...startOfViews(stocked.values()) })).toEqual(['pairKiosk', 'enroll']);
    const enrolled = foldOps([
      a.op({ type: 'stock.received', payload: { itemId: 'item_blanket', quantity: 5, kind: 'donation' } }),
      a.op({
        type: 'participant.enrolled',
        payload: { participantId: 'person_0001', profile: TEST_PROFILE, consent: CONSENT },
      }),
    ]);
    expect(firstDaySteps({ kioskPaired: false, ...startOfViews(enrolled.values()) })).toEqual(['pairKiosk']);
    expect(firstDaySteps({ kioskPaired: true, ...startOfViews(enrolled.values()) })).toEqual([]);
  });

  it('leaves out the kiosk step when the device list could not be read', () => {
    expect(firstDaySteps({ kioskPaired: null, stockReceived: true, anyParticipant: true })).toEqual([]);
  });
});
