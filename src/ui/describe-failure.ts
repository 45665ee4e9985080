/**
 * Turns a failed API answer into a kind sentence in the current language. Codes we know get
 * their own message; anything else gets a general one (the server's English text for bad input).
 */
import type { ApiFailure } from '../core/api.js';
import type { MessageKey } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { formatTime } from './format.js';

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  offline: 'error.offline',
  sign_in_failed: 'error.signInFailed',
  account_disabled: 'error.accountDisabled',
  setup_code_invalid: 'error.setupCodeInvalid',
  setup_done: 'error.setupDone',
  login_taken: 'error.loginTaken',
  last_admin: 'error.lastAdmin',
  cannot_disable_self: 'error.cannotDisableSelf',
  pairing_code_invalid: 'error.pairingCodeInvalid',
  pairing_code_format: 'error.pairingCodeFormat',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  device_revoked: 'error.deviceRevoked',
  not_found: 'error.notFound',
  storage_failed: 'error.storageFailed',
};

/** When a throttled request may be tried again, from Retry-After; undefined if not said. */
export function retryAt(failure: ApiFailure, now: number = Date.now()): number | undefined {
  return failure.retryAfterSeconds ? now + failure.retryAfterSeconds * 1000 : undefined;
}

export function describeFailure(failure: ApiFailure): string {
  if (failure.error === 'too_many_attempts') {
    const at = retryAt(failure);
    return at === undefined
      ? t.value('error.tooManyAttempts', { message: failure.message })
      : t.value('error.tooManyAttemptsUntil', { time: formatTime(at) });
  }
  const key = MESSAGES[failure.error];
  if (key) return t.value(key);
  if (failure.status === 400) return t.value('error.badInput', { message: failure.message });
  return t.value('error.unexpected');
}
