/**
 * The item fields shared by "Add an item" and "Edit": names in each language, picture, category,
 * supply or service, and for supplies the unit, minimum level and per-visit limit; the discreet
 * flag. Problems are tied to their fields (aria-invalid, aria-describedby).
 */
import { currentLanguage, LANGUAGES, t } from '../../i18n/index.js';
import { CheckField } from '../../ui/form/CheckField.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { fieldBinder, fieldSetter, problemSayer } from '../../ui/form/field-set.js';
import { QuantityField } from '../../ui/form/QuantityField.js';
import { SelectField } from '../../ui/form/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import type { CatalogFormField, CatalogFormValues, CatalogProblems } from './catalog-form.js';
import { CATEGORIES, CATEGORY_LABEL, KIND_LABEL } from './catalog-labels.js';
import { IconPicker } from './IconPicker.js';

const KINDS = ['tracked', 'service'] as const;
const KIND_HINT = { tracked: 'catalog.kind.trackedHint', service: 'catalog.kind.serviceHint' } as const;

/** A supply field's label and hint (`catalog.field.unit`, `catalog.field.unitHint`). */
function words(name: 'limit' | 'unit' | 'minimum') {
  return { label: t.value(`catalog.field.${name}` as const), hint: t.value(`catalog.field.${name}Hint` as const) };
}

/** A language's name in the language of the screen ("Spanish", "español"). */
function languageName(code: string, display: string): string {
  try {
    return new Intl.DisplayNames([display], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ItemFormFields({
  values,
  onValues,
  problems,
}: {
  values: CatalogFormValues;
  onValues: (values: CatalogFormValues) => void;
  /** Shown after a first attempt to save. */
  problems: CatalogProblems;
}) {
  const set = fieldSetter(values, onValues);
  const problem = problemSayer<CatalogFormField, NonNullable<CatalogProblems[CatalogFormField]>>(problems, t.value);
  const bind = fieldBinder(values, onValues, problem);
  // Names in a language this app has no messages for (set elsewhere) stay editable.
  const codes = [...new Set([...LANGUAGES.map((language) => language.code), ...Object.keys(values.names)])];
  const display = currentLanguage.value;

  return (
    <>
      {codes.map((code) => (
        <TextField
          key={code}
          label={t.value('catalog.field.name', { language: languageName(code, display) })}
          hint={t.value(code === 'en' ? 'catalog.field.nameEnHint' : 'catalog.field.nameHint')}
          value={values.names[code] ?? ''}
          onValue={(name) => onValues({ ...values, names: { ...values.names, [code]: name } })}
          problem={problem(`name:${code}`)}
          autoComplete="off"
          required={code === 'en'}
          inputProps={{ lang: code }}
        />
      ))}
      <IconPicker value={values.icon} onValue={set('icon')} problem={problem('icon')} />
      <SelectField
        label={t.value('catalog.field.category')}
        hint={t.value('catalog.field.categoryHint')}
        value={values.category}
        onValue={(category) => set('category')(category as CatalogFormValues['category'])}
        problem={problem('category')}
        required
      >
        <option value="">{t.value('catalog.field.categoryChoose')}</option>
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t.value(CATEGORY_LABEL[category])}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        class="choice-group--stacked"
        legend={t.value('catalog.field.kind')}
        options={KINDS.map((kind) => ({
          value: kind,
          label: t.value(KIND_LABEL[kind]),
          hint: t.value(KIND_HINT[kind]),
        }))}
        value={values.kind}
        onValue={set('kind')}
      />
      {values.kind === 'tracked' && (
        <>
          <QuantityField {...words('limit')} {...bind('perVisitLimit')} />
          <TextField {...words('unit')} {...bind('unit')} autoComplete="off" />
          <QuantityField {...words('minimum')} {...bind('minimum')} />
        </>
      )}
      <CheckField
        label={t.value('catalog.field.discreet')}
        hint={t.value('catalog.field.discreetHint')}
        checked={values.discreet}
        onChecked={set('discreet')}
      />
    </>
  );
}
