import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { describeAuditEntry } from '../../src/staff/activity/audit-labels.js';
import { secretProblemMessage } from '../../src/staff/fields/secret-problem.js';
import { KIOSK_SIGN_IN_IDLE_MS, KIOSK_STAFF_IDLE_MS, shouldReturnToKiosk } from '../../src/staff/kiosk-lock.js';
import { sectionForPath, sectionsFor } from '../../src/staff/sections.js';
import { describeFailure, retryAt } from '../../src/ui/describe-failure.js';

function inLanguage(code: 'en' | 'es', run: () => void): void {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
  try {
    setLanguage(code);
    run();
  } finally {
    setLanguage('en');
    Reflect.deleteProperty(globalThis, 'document');
  }
}

describe('kiosk lock', () => {
  const base = { kioskDevice: true, signedIn: true, lastInteractionAt: 0 };

  it('signs staff out of a kiosk tablet after 5 idle minutes, not before', () => {
    expect(KIOSK_STAFF_IDLE_MS).toBe(5 * 60_000);
    expect(shouldReturnToKiosk({ ...base, now: KIOSK_STAFF_IDLE_MS - 1 })).toBe(false);
    expect(shouldReturnToKiosk({ ...base, now: KIOSK_STAFF_IDLE_MS })).toBe(true);
  });

  it('sends an unattended sign-in screen back to the kiosk sooner', () => {
    expect(shouldReturnToKiosk({ ...base, signedIn: false, now: KIOSK_SIGN_IN_IDLE_MS })).toBe(true);
  });

  it('never applies to a device that is not a kiosk', () => {
    expect(shouldReturnToKiosk({ ...base, kioskDevice: false, now: 10 * KIOSK_STAFF_IDLE_MS })).toBe(false);
  });
});

describe('sections', () => {
  it('shows staff Today, Requests, Talks, Inventory, Participants, Devices and Reports; admins also the catalog, accounts and the activity log', () => {
    expect(sectionsFor('staff').map((s) => s.path)).toEqual([
      '/staff',
      '/staff/queue',
      '/staff/talk',
      '/staff/inventory',
      '/staff/participants',
      '/staff/devices',
      '/staff/reports',
    ]);
    expect(sectionsFor('admin').map((s) => s.path)).toEqual([
      '/staff',
      '/staff/queue',
      '/staff/talk',
      '/staff/inventory',
      '/staff/participants',
      '/staff/catalog',
      '/staff/devices',
      '/staff/accounts',
      '/staff/activity',
      '/staff/reports',
    ]);
  });

  it('finds the section for a path, forgiving a trailing slash', () => {
    expect(sectionForPath('/staff')?.id).toBe('today');
    expect(sectionForPath('/staff/')?.id).toBe('today');
    expect(sectionForPath('/staff/activity/')?.id).toBe('activity');
    expect(sectionForPath('/staff/nope')).toBeUndefined();
    expect(sectionForPath('/staff/participants/abc123')?.id).toBe('participants');
    expect(sectionForPath('/staff/devicesx')).toBeUndefined();
  });
});

describe('messages for people', () => {
  // Unit files share one module graph (vitest.config.ts), so the language another file chose may
  // still be set: each test here starts in English, as a fresh page does.
  beforeEach(() => inLanguage('en', () => {}));

  it('says when a throttled sign-in may try again, from Retry-After', () => {
    const failure = { ok: false, status: 429, error: 'too_many_attempts', message: 'Try again in 4 minutes.' } as const;
    expect(retryAt({ ...failure, retryAfterSeconds: 240 }, 1_000)).toBe(241_000);
    expect(describeFailure({ ...failure, retryAfterSeconds: 240 })).toMatch(/^Too many tries\. You can try again at /);
    expect(describeFailure(failure)).toBe('Too many tries. Try again in 4 minutes.');
  });

  it('has a kind sentence for every error code the API documents, in both languages', () => {
    const codes = [
      'offline',
      'sign_in_failed',
      'account_disabled',
      'setup_code_invalid',
      'setup_done',
      'login_taken',
      'last_admin',
      'cannot_disable_self',
      'pairing_code_invalid',
      'unauthorized',
      'forbidden',
      'device_revoked',
    ];
    const generic = describeFailure({ ok: false, status: 500, error: 'boom', message: 'x' });
    for (const language of ['en', 'es'] as const) {
      inLanguage(language, () => {
        for (const error of codes) {
          expect(describeFailure({ ok: false, status: 409, error, message: 'x' }), error).not.toBe(generic);
        }
      });
    }
    inLanguage('es', () => {
      expect(describeFailure({ ok: false, status: 401, error: 'sign_in_failed', message: 'x' })).toMatch(
        /no coinciden/,
      );
    });
  });

  it('explains what a new PIN or password still needs, following the shared rule', () => {
    expect(secretProblemMessage('12345')).toBe('A PIN needs at least 6 digits.');
    expect(secretProblemMessage('123456')).toMatch(/too easy to guess/);
    expect(secretProblemMessage('short')).toMatch(/at least 10 characters/);
    expect(secretProblemMessage('402917')).toBeNull();
    inLanguage('es', () => expect(secretProblemMessage('12345')).toBe('Un PIN necesita al menos 6 dígitos.'));
  });

  it('labels changes the server refused for who they claimed to come from, with how many', () => {
    expect(describeAuditEntry({ action: 'sync.refused', detail: { reason: 'actor_not_signed_in', count: 3 } })).toBe(
      'Changes refused: 3 (in the name of someone not signed in on that device at the time)',
    );
  });

  it('labels audit actions, with the reason a sign-in failed and the role that was given', () => {
    expect(describeAuditEntry({ action: 'sign_in.failed', detail: { reason: 'wrong_secret' } })).toBe(
      'Sign-in failed (wrong PIN or password)',
    );
    expect(describeAuditEntry({ action: 'staff.updated', detail: { role: 'admin' } })).toBe(
      'Staff account changed (Admin)',
    );
    expect(describeAuditEntry({ action: 'pairing.created', detail: { role: 'staff' } })).toBe(
      'Pairing code made (Staff laptop or tablet)',
    );
    expect(describeAuditEntry({ action: 'device.revoked', detail: { revokedDeviceId: 'd1' } })).toBe('Device revoked');
    expect(describeAuditEntry({ action: 'something.new', detail: {} })).toBe('something.new');
    inLanguage('es', () =>
      expect(describeAuditEntry({ action: 'device.paired', detail: { role: 'kiosk' } })).toBe(
        'Dispositivo vinculado (Tableta de quiosco)',
      ),
    );
  });

  it('labels the report downloads with the days they covered, in both languages', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(describeAuditEntry({ action: 'report.participantsExported', detail: { ...range, participants: 3 } })).toBe(
      'Participant list downloaded (2026-11-01 to 2026-11-30)',
    );
    expect(describeAuditEntry({ action: 'report.harmReductionExactExported', detail: range })).toBe(
      'Exact harm-reduction counts downloaded (2026-11-01 to 2026-11-30)',
    );
    inLanguage('es', () =>
      expect(describeAuditEntry({ action: 'report.harmReductionExactExported', detail: range })).toBe(
        'Cifras exactas de reducción de daños descargadas (del 2026-11-01 al 2026-11-30)',
      ),
    );
  });

  it('labels a sign-in lock with how many wrong tries came from how many addresses', () => {
    const lock = (addresses: number) => ({
      action: 'sign_in.locked',
      detail: { failures: 10, minutes: 15, addresses },
    });
    expect(describeAuditEntry(lock(7))).toBe(
      'Sign-in paused on unfamiliar devices (10 wrong tries from 7 network addresses)',
    );
    expect(describeAuditEntry(lock(1))).toBe(
      'Sign-in paused on unfamiliar devices (10 wrong tries from one network address)',
    );
    inLanguage('es', () =>
      expect(describeAuditEntry(lock(3))).toBe(
        'Inicio de sesión en pausa en dispositivos desconocidos (10 intentos fallidos desde 3 direcciones de red)',
      ),
    );
  });
});
