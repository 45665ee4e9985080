/** The add / edit site form: typed text cleaned and checked per field, a name no other site has, and only changes saved. */
import { describe, expect, it } from 'vitest';
import { changedSiteFields, EMPTY_SITE_FORM, formFromSite, parseSiteForm } from '../../../src/staff/sites/site-form.js';

const EAST = { name: 'LEAD East', address: '1 East St, Los Angeles', phone: '(323) 555-0101' };

describe('parseSiteForm', () => {
  it('gives the cleaned fields of a filled form', () => {
    expect(parseSiteForm({ name: '  LEAD\tEast ', address: EAST.address, phone: ` ${EAST.phone}` })).toEqual({
      ok: true,
      fields: { name: 'LEAD East', address: EAST.address, phone: EAST.phone },
    });
  });

  it('marks each empty field', () => {
    expect(parseSiteForm(EMPTY_SITE_FORM)).toEqual({
      ok: false,
      problems: {
        name: 'sites.problem.nameMissing',
        address: 'sites.problem.addressMissing',
        phone: 'sites.problem.phoneMissing',
      },
    });
  });

  it('marks fields that are too long', () => {
    const parsed = parseSiteForm({ name: 'N'.repeat(81), address: 'A'.repeat(201), phone: '5'.repeat(41) });
    expect(parsed).toEqual({
      ok: false,
      problems: {
        name: 'sites.problem.nameTooLong',
        address: 'sites.problem.addressTooLong',
        phone: 'sites.problem.phoneTooLong',
      },
    });
    expect(parseSiteForm({ name: 'N'.repeat(80), address: 'A'.repeat(200), phone: '5'.repeat(40) }).ok).toBe(true);
  });

  it("refuses another site's name, whatever its case and spacing", () => {
    expect(parseSiteForm({ ...EAST, name: 'lead  EAST' }, ['LEAD Hollywood', 'LEAD East'])).toEqual({
      ok: false,
      problems: { name: 'sites.problem.nameTaken' },
    });
    expect(parseSiteForm(EAST, ['LEAD Hollywood']).ok).toBe(true);
  });
});

describe('editing a site', () => {
  it('starts from the saved fields and saves only those that changed', () => {
    expect(formFromSite({ ...EAST })).toEqual(EAST);
    expect(changedSiteFields(EAST, { ...EAST, phone: '(323) 555-0199' })).toEqual({ phone: '(323) 555-0199' });
    expect(changedSiteFields(EAST, EAST)).toEqual({});
  });
});
