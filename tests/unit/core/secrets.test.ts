import { describe, expect, it } from 'vitest';
import { checkSecret } from '../../../src/core/auth/secrets.js';

describe('checkSecret', () => {
  it.each([
    ['', 'empty'],
    ['12345', 'pin_too_short'],
    ['111111', 'pin_too_simple'],
    ['123456', 'pin_too_simple'],
    ['987654', 'pin_too_simple'],
    ['890123', 'pin_too_simple'],
    ['short pw', 'password_too_short'],
    ['x'.repeat(201), 'too_long'],
  ])('rejects %j as %s', (secret, problem) => {
    expect(checkSecret(secret)).toBe(problem);
  });

  it.each(['482913', '90715288', 'correct horse battery', 'contraseña segura'])('accepts %j', (secret) => {
    expect(checkSecret(secret)).toBeNull();
  });
});
