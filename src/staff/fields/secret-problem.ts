/** The shared secret rule (core/auth/secrets.ts) as translated sentences for the forms. */
import { checkSecret, MIN_PASSWORD_LENGTH, MIN_PIN_LENGTH, type SecretProblem } from '../../core/auth/secrets.js';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';

const KEYS: Record<SecretProblem, MessageKey> = {
  empty: 'secret.problem.empty',
  pin_too_short: 'secret.problem.pinTooShort',
  pin_too_simple: 'secret.problem.pinTooSimple',
  password_too_short: 'secret.problem.passwordTooShort',
  too_long: 'secret.problem.tooLong',
};

/** What is wrong with a new secret, or null when it is good enough. */
export function secretProblemMessage(secret: string): string | null {
  const problem = checkSecret(secret);
  return problem ? t.value(KEYS[problem], { pin: MIN_PIN_LENGTH, password: MIN_PASSWORD_LENGTH }) : null;
}

/** The rule in one sentence, shown under the field before anything is typed. */
export function secretRuleHint(): string {
  return t.value('secret.hint', { pin: MIN_PIN_LENGTH, password: MIN_PASSWORD_LENGTH });
}
