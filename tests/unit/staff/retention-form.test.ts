/** The retention form (issue 20): whole years from 1 to 10, nothing else. */
import { describe, expect, it } from 'vitest';
import { parseRetentionYears } from '../../../src/staff/catalog/retention-form.js';

describe('parseRetentionYears', () => {
  it('reads 1 to 10 whole years, spaces around allowed', () => {
    expect(parseRetentionYears('3')).toEqual({ years: 3 });
    expect(parseRetentionYears(' 10 ')).toEqual({ years: 10 });
    expect(parseRetentionYears('1')).toEqual({ years: 1 });
  });

  it('refuses 0, 11, fractions, words and nothing', () => {
    for (const typed of ['0', '11', '2.5', 'never', '', '-1', '3 years']) expect(parseRetentionYears(typed)).toBeNull();
  });
});
