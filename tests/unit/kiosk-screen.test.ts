import { describe, expect, it } from 'vitest';
import { screenForDevice } from '../../src/kiosk/screen.js';
import { fragmentParam } from '../../src/ui/fragment.js';
import { pairingCodeFromHash, pairingLink } from '../../src/ui/pairing-link.js';
import { pairedIdentity } from '../support/device-fixtures.js';

const paired = pairedIdentity();

describe('screenForDevice', () => {
  it('waits while the identity is being read', () => {
    expect(screenForDevice(undefined, 'starting')).toBe('starting');
  });

  it('asks for a pairing code when never paired or revoked, whatever was showing', () => {
    expect(screenForDevice(null, 'starting')).toBe('pairing');
    expect(screenForDevice({ ...paired, revoked: true }, 'welcome')).toBe('pairing');
  });

  it('never welcomes people on a browser paired as a lobby display', () => {
    expect(screenForDevice({ ...paired, role: 'display' }, 'starting')).toBe('pairing');
    expect(screenForDevice({ ...paired, role: 'display' }, 'welcome')).toBe('pairing');
  });

  it('welcomes people once paired, and leaves a paired kiosk on its current screen', () => {
    expect(screenForDevice(paired, 'starting')).toBe('welcome');
    expect(screenForDevice(paired, 'pairing')).toBe('welcome');
    expect(screenForDevice(paired, 'welcome')).toBe('welcome');
  });
});

describe('codes in address fragments', () => {
  it('reads the pairing code a QR link carries', () => {
    const link = pairingLink('https://dropin.example', 'ABCD-2345');
    expect(link).toBe('https://dropin.example/kiosk#pair=ABCD-2345');
    expect(pairingCodeFromHash(new URL(link).hash)).toBe('ABCD-2345');
    expect(pairingCodeFromHash('')).toBe('');
  });

  it('opens the display page for a lobby display’s code', () => {
    const link = pairingLink('https://dropin.example', 'ABCD-2345', 'display');
    expect(link).toBe('https://dropin.example/display#pair=ABCD-2345');
    expect(pairingLink('https://dropin.example', 'ABCD-2345', 'staff')).toBe(
      'https://dropin.example/kiosk#pair=ABCD-2345',
    );
  });

  it('reads the setup code from #code=', () => {
    expect(fragmentParam('#code=abc_DEF-123', 'code')).toBe('abc_DEF-123');
    expect(fragmentParam('#other=1', 'code')).toBe('');
  });
});
