import { describe, expect, it } from 'vitest';
import { isPairedDisplay } from '../../../src/sync/device-state.js';
import { pairedIdentity } from '../../support/device-fixtures.js';

describe('which browser is a lobby display', () => {
  it('is one paired as a display and not revoked', () => {
    expect(isPairedDisplay(pairedIdentity({ role: 'display', ticketLetter: null }))).toBe(true);
  });

  it('is not a kiosk, a staff laptop, a revoked display, or a browser never paired', () => {
    expect(isPairedDisplay(pairedIdentity({ role: 'kiosk' }))).toBe(false);
    expect(isPairedDisplay(pairedIdentity({ role: 'staff' }))).toBe(false);
    expect(isPairedDisplay(pairedIdentity({ role: 'display', ticketLetter: null }, { revoked: true }))).toBe(false);
    expect(isPairedDisplay(null)).toBe(false);
    expect(isPairedDisplay(undefined)).toBe(false);
  });
});
