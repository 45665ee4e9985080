/**
 * The item fields shared by "Add an item" and "Edit": names in each language, picture, category,
 * supply or service, and for supplies the unit, minimum level and per-visit limit; the discreet
 * flag. Problems are tied to their fields (aria-invalid, aria-describedby).
 */
import { useId } from 'preact/hooks';
import { currentLanguage, LANGUAGES, t } from '../../i18n/index.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { fieldSetter, problemSayer } from '../../ui/form/field-set.js';
import { QuantityField } from '../../ui/form/QuantityField.js';
import { TextField } from '../../ui/TextField.js';
import type { CatalogFormField, CatalogFormValues, CatalogProblems } from './catalog-form.js';
import { CATEGORIES, CATEGORY_LABEL, KIND_LABEL } from './catalog-labels.js';
import { IconPicker } from './IconPicker.js';

const KINDS = ['tracked', 'service'] as const;
const KIND_HINT = { tracked: 'catalog.kind.trackedHint', service: 'catalog.kind.serviceHint' } as const;

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
  const id = useId();
  const set = fieldSetter(values, onValues);
  const problem = problemSayer<CatalogFormField, NonNullable<CatalogProblems[CatalogFormField]>>(problems, t.value);
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
      <div class="field">
        <label for={`${id}-category`}>{t.value('catalog.field.category')}</label>
        <p id={`${id}-category-hint`} class="field__hint">
          {t.value('catalog.field.categoryHint')}
        </p>
        <select
          id={`${id}-category`}
          value={values.category}
          required
          aria-invalid={problems.category ? true : undefined}
          aria-describedby={`${id}-category-hint ${id}-category-problem`}
          onChange={(event) => set('category')(event.currentTarget.value as CatalogFormValues['category'])}
        >
          <option value="">{t.value('catalog.field.categoryChoose')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t.value(CATEGORY_LABEL[category])}
            </option>
          ))}
        </select>
        <p id={`${id}-category-problem`} class="field__problem" aria-live="polite">
          {problem('category') ?? ''}
        </p>
      </div>
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
          <QuantityField
            label={t.value('catalog.field.limit')}
            hint={t.value('catalog.field.limitHint')}
            value={values.perVisitLimit}
            onValue={set('perVisitLimit')}
            problem={problem('perVisitLimit')}
          />
          <TextField
            label={t.value('catalog.field.unit')}
            hint={t.value('catalog.field.unitHint')}
            value={values.unit}
            onValue={set('unit')}
            problem={problem('unit')}
            autoComplete="off"
          />
          <QuantityField
            label={t.value('catalog.field.minimum')}
            hint={t.value('catalog.field.minimumHint')}
            value={values.minimum}
            onValue={set('minimum')}
            problem={problem('minimum')}
          />
        </>
      )}
      <div class="check-field">
        <input
          id={`${id}-discreet`}
          type="checkbox"
          checked={values.discreet}
          aria-describedby={`${id}-discreet-hint`}
          onChange={(event) => set('discreet')(event.currentTarget.checked)}
        />
        <label for={`${id}-discreet`}>{t.value('catalog.field.discreet')}</label>
        <p id={`${id}-discreet-hint`} class="field__hint">
          {t.value('catalog.field.discreetHint')}
        </p>
      </div>
    </>
  );
}
