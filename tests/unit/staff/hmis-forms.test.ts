/**
 * issue 16 — HMIS on the staff forms: an item's code as typed (both numbers, or neither), the
 * consent answer recorded only when it changes (no answer counts as no), and what the export
 * panel says it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { hmisGaps } from '../../../src/core/exports/hmis/gaps.js';
import type { CatalogItem, Participant } from '../../../src/core/fold/selectors.js';
import { formFromHmisCode, parseHmisCodeForm } from '../../../src/staff/catalog/hmis-code-form.js';
import { withHmisConsent } from '../../../src/staff/participants/HmisConsentField.js';
import { TEST_ITEM, TEST_PROFILE } from '../../support/op-factory.js';

describe('the HMIS code form', () => {
  it('reads two whole numbers as a code, both empty as no code, anything else as a problem', () => {
    expect(parseHmisCodeForm({ recordType: ' 144 ', typeProvided: '5001' })).toEqual({
      recordType: 144,
      typeProvided: 5001,
    });
    expect(parseHmisCodeForm({ recordType: '', typeProvided: ' ' })).toBeNull();
    expect(parseHmisCodeForm({ recordType: '144', typeProvided: '' })).toBeUndefined();
    expect(parseHmisCodeForm({ recordType: '0', typeProvided: '1' })).toBeUndefined();
    expect(parseHmisCodeForm({ recordType: '1000', typeProvided: '1' })).toBeUndefined();
    expect(parseHmisCodeForm({ recordType: '14.4', typeProvided: '1' })).toBeUndefined();
  });

  it('shows a saved code back, and empty fields for none', () => {
    expect(formFromHmisCode({ recordType: 144, typeProvided: 5001 })).toEqual({
      recordType: '144',
      typeProvided: '5001',
    });
    expect(formFromHmisCode(undefined)).toEqual({ recordType: '', typeProvided: '' });
  });
});

describe('the HMIS consent answer on the edit form', () => {
  it('is recorded only when it differs from before, an older profile without it counting as no', () => {
    expect(withHmisConsent({}, undefined, false)).toEqual({});
    expect(withHmisConsent({}, undefined, true)).toEqual({ hmisConsent: true });
    expect(withHmisConsent({ pronouns: 'she/her' }, true, false)).toEqual({ pronouns: 'she/her', hmisConsent: false });
    expect(withHmisConsent({}, true, true)).toEqual({});
  });
});

describe('what the export panel says it leaves out', () => {
  it('names items on offer without a code and counts participants without HMIS consent', () => {
    const items: CatalogItem[] = [
      { ...TEST_ITEM, id: 'item_meal', names: { en: 'Meal' }, hmisService: { recordType: 144, typeProvided: 1 } },
      { ...TEST_ITEM, id: 'item_sock', names: { en: 'Socks' } },
      { ...TEST_ITEM, id: 'item_old', names: { en: 'Old' }, retired: true },
    ];
    const people: Participant[] = [
      { ...TEST_PROFILE, id: 'p1', active: true, hmisConsent: true },
      { ...TEST_PROFILE, id: 'p2', active: true, hmisConsent: false },
      { ...TEST_PROFILE, id: 'p3', active: true },
    ];
    const gaps = hmisGaps(items, people);
    expect(gaps.itemsWithoutCode.map((item) => item.names.en)).toEqual(['Socks']);
    expect(gaps.participantsWithoutConsent).toBe(2);
  });
});
