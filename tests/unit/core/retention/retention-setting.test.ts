/** The retention setting (issue 20): its range, its fold (program-wide, last writer wins) and the cut-off day. */
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { SettingsView } from '../../../../src/core/fold/views.js';
import { Op } from '../../../../src/core/ops/op.js';
import { retentionCutoff, retentionYearsOf } from '../../../../src/core/retention/anonymise.js';
import { opBuilder } from '../../../support/op-factory.js';

const admin = opBuilder('laptop_admin', 'staff_admin01');
const retention = (years: unknown) => ({ type: 'settings.retentionSet', payload: { years } }) as never;

describe('settings.retentionSet', () => {
  it('takes 1 to 10 whole years; 0, 11, a fraction and "never" are refused', () => {
    expect(Op.safeParse(admin.op(retention(1))).success).toBe(true);
    expect(Op.safeParse(admin.op(retention(10))).success).toBe(true);
    for (const years of [0, 11, 2.5, 'never', null, -3]) {
      expect(Op.safeParse(admin.op(retention(years))).success, String(years)).toBe(false);
    }
  });

  it('folds into the program settings (key "settings") whatever site the op names; the later one wins', () => {
    const first = admin.op(retention(5));
    const later = { ...admin.op(retention(2)), site: 'site-second' };
    for (const order of [
      [first, later],
      [later, first],
    ]) {
      const views = foldOps(order);
      const settings = views.get('settings') as SettingsView;
      expect(settings.retention?.value).toEqual({ years: 2 });
      expect(settings.site).toBeUndefined();
      expect(views.has('settings:site-second')).toBe(false);
    }
  });

  it('defaults to three years', () => {
    expect(retentionYearsOf(undefined)).toBe(3);
    expect(retentionYearsOf({ kind: 'settings', hours: null, openOverride: null })).toBe(3);
  });
});

describe('retentionCutoff', () => {
  it("is today's center day, the given years back", () => {
    // 03:00 UTC on 16 June is still 15 June in Los Angeles.
    expect(retentionCutoff(new Date('2030-06-16T03:00:00Z'), 3)).toBe('2027-06-15');
    expect(retentionCutoff(new Date('2030-06-16T19:00:00Z'), 1)).toBe('2029-06-16');
    expect(retentionCutoff(new Date('2028-02-29T19:00:00Z'), 1)).toBe('2027-03-01');
  });
});
