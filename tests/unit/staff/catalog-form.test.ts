/** The add / edit item form: validation by the shared schema with a message per field, and edit diffs. */
import { describe, expect, it } from 'vitest';
import type { ItemFields } from '../../../src/core/ops/catalog.js';
import {
  type CatalogFormValues,
  changedItemFields,
  EMPTY_CATALOG_FORM,
  formFromItem,
  nextPosition,
  parseCatalogForm,
} from '../../../src/staff/catalog/catalog-form.js';

const PLACE = { position: 260, retired: false };
const soap: CatalogFormValues = {
  ...EMPTY_CATALOG_FORM,
  names: { en: '  Soap ', es: 'Jabón' },
  icon: 'hygiene',
  category: 'hygiene',
  perVisitLimit: '3',
  unit: 'bar',
  minimum: '12',
};
const problemsOf = (values: CatalogFormValues) => {
  const parsed = parseCatalogForm(values, PLACE);
  return parsed.ok ? {} : parsed.problems;
};

describe('parseCatalogForm', () => {
  it('turns a filled form into item fields, trimmed, in the given place', () => {
    expect(parseCatalogForm(soap, PLACE)).toEqual({
      ok: true,
      item: {
        names: { en: 'Soap', es: 'Jabón' },
        icon: 'hygiene',
        category: 'hygiene',
        kind: 'tracked',
        unit: 'bar',
        minimum: 12,
        perVisitLimit: 3,
        discreet: false,
        position: 260,
        retired: false,
      },
    });
  });

  it('cleans pasted names and units so the schema never refuses them', () => {
    const parsed = parseCatalogForm(
      { ...soap, names: { en: 'Soap\tbar\u0000', es: ' \uD83D ' }, unit: 'ba\nr' },
      PLACE,
    );
    expect(parsed).toMatchObject({ ok: true, item: { names: { en: 'Soap bar' }, unit: 'ba r' } });
    expect(parsed.ok && Object.keys(parsed.item.names)).toEqual(['en']);
  });

  it('leaves out empty names (the kiosk falls back to English) and empty numbers', () => {
    const parsed = parseCatalogForm(
      { ...soap, names: { en: 'Soap', es: '  ' }, perVisitLimit: '', minimum: ' ' },
      PLACE,
    );
    expect(parsed.ok && parsed.item).toMatchObject({ names: { en: 'Soap' }, perVisitLimit: null, minimum: null });
  });

  it('asks for an English name, even when there is a Spanish one', () => {
    expect(problemsOf({ ...soap, names: { en: ' ', es: 'Jabón' } })).toEqual({ 'name:en': 'catalog.problem.nameEn' });
  });

  it('says which name is too long', () => {
    expect(problemsOf({ ...soap, names: { en: 'Soap', es: 'x'.repeat(61) } })).toEqual({
      'name:es': 'catalog.problem.nameTooLong',
    });
  });

  it('refuses a per-visit limit of 0, 101 or not a whole number', () => {
    for (const limit of ['0', '101', '2.5', 'two', '-1']) {
      expect(problemsOf({ ...soap, perVisitLimit: limit }), limit).toEqual({ perVisitLimit: 'catalog.problem.limit' });
    }
    expect(problemsOf({ ...soap, perVisitLimit: '100' })).toEqual({});
  });

  it('asks for a picture and a category, and checks the minimum and the unit', () => {
    expect(problemsOf({ ...EMPTY_CATALOG_FORM, names: { en: 'Soap' }, minimum: '1.5', unit: 'u'.repeat(31) })).toEqual({
      icon: 'catalog.problem.icon',
      category: 'catalog.problem.category',
      minimum: 'catalog.problem.minimum',
      unit: 'catalog.problem.unit',
    });
  });

  it('saves a service without unit, minimum or limit (it has no stock)', () => {
    const parsed = parseCatalogForm({ ...soap, kind: 'service', perVisitLimit: '0' }, PLACE);
    expect(parsed.ok && parsed.item).toMatchObject({ kind: 'service', unit: null, minimum: null, perVisitLimit: null });
  });
});

describe('editing', () => {
  const blanket: ItemFields = {
    names: { en: 'Blanket', es: 'Cobija' },
    icon: 'blanket',
    category: 'shelter',
    kind: 'tracked',
    unit: null,
    minimum: 10,
    perVisitLimit: 2,
    discreet: false,
    position: 100,
    retired: false,
  };

  it('round-trips an item through the form unchanged', () => {
    const parsed = parseCatalogForm(formFromItem(blanket), { position: 100, retired: false });
    expect(parsed).toEqual({ ok: true, item: blanket });
    expect(parsed.ok && changedItemFields(blanket, parsed.item)).toEqual({});
  });

  it('records only the fields that changed, names as a whole', () => {
    const form = {
      ...formFromItem(blanket),
      names: { en: 'Blanket', es: 'Frazada' },
      perVisitLimit: '',
      discreet: true,
    };
    const parsed = parseCatalogForm(form, { position: 100, retired: false });
    expect(parsed.ok && changedItemFields(blanket, parsed.item)).toEqual({
      names: { en: 'Blanket', es: 'Frazada' },
      perVisitLimit: null,
      discreet: true,
    });
  });

  it('keeps a name in a language the app has no messages for', () => {
    const withKorean = { ...blanket, names: { ...blanket.names, ko: '담요' } };
    const parsed = parseCatalogForm(formFromItem(withKorean), { position: 100, retired: false });
    expect(parsed.ok && changedItemFields(withKorean, parsed.item)).toEqual({});
  });

  it('puts a new item after every other one, retired ones included', () => {
    expect(nextPosition([])).toBe(10);
    expect(nextPosition([{ position: 250 }, { position: 30 }])).toBe(260);
    expect(nextPosition([{ position: 10_000 }])).toBe(10_000);
  });
});
