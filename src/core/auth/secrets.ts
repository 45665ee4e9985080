/**
 * What a staff password or PIN must be. Shared, so the form can say what is wrong as the person
 * types and the server enforces exactly the same rule.
 */

export const MIN_PIN_LENGTH = 6;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_SECRET_LENGTH = 200;

export type SecretProblem = 'empty' | 'pin_too_short' | 'pin_too_simple' | 'password_too_short' | 'too_long';

/** A PIN is digits only; anything else is a password. */
export function checkSecret(secret: string): SecretProblem | null {
  if (secret.length === 0) return 'empty';
  // Characters as people count them (an emoji is one), like every length limit in the API.
  if ([...secret].length > MAX_SECRET_LENGTH) return 'too_long';
  if (/^\d+$/.test(secret)) {
    if (secret.length < MIN_PIN_LENGTH) return 'pin_too_short';
    if (isRunOrRepeat(secret)) return 'pin_too_simple';
    return null;
  }
  if ([...secret].length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  return null;
}

/** English explanations for API errors; the UI has its own translated messages. */
export const SECRET_PROBLEM_MESSAGES: Record<SecretProblem, string> = {
  empty: 'Enter a PIN or password.',
  pin_too_short: `A PIN needs at least ${MIN_PIN_LENGTH} digits.`,
  pin_too_simple: 'That PIN is too easy to guess (repeated or consecutive digits). Choose another.',
  password_too_short: `A password needs at least ${MIN_PASSWORD_LENGTH} characters (or use a PIN of ${MIN_PIN_LENGTH}+ digits).`,
  too_long: `Use at most ${MAX_SECRET_LENGTH} characters.`,
};

/** 111111, 123456, 987654: the first PINs anyone tries. */
function isRunOrRepeat(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i += 1) {
    steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10);
  }
  return steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9));
}
