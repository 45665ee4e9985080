/**
 * The item form around its fields: checks the values when saving, shows what needs attention
 * (and takes the keyboard there), and hands valid item fields to the page that saves them.
 */
import { useState } from 'preact/hooks';
import type { ItemFields } from '../../core/ops/catalog.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import type { ActionAnswer } from '../../ui/form/action-form-state.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { type ActionFailure, describeActionFailure } from '../staff-actions.js';
import { type CatalogFormValues, type ItemPlacement, parseCatalogForm } from './catalog-form.js';
import { CATALOG_PATH } from './catalog-labels.js';
import { ItemFormFields } from './ItemFormFields.js';

export function ItemForm({
  initial,
  placement,
  submitLabel,
  onSave,
}: {
  initial: CatalogFormValues;
  placement: ItemPlacement;
  submitLabel: string;
  /** Saves the item (and leaves the page when that worked); a failure is shown in the form. */
  onSave: (item: ItemFields) => Promise<ActionAnswer<unknown, ActionFailure>>;
}) {
  const [values, setValues] = useState(initial);
  const parsed = parseCatalogForm(values, placement);
  const form = useActionForm({
    validate: () => (parsed.ok ? parsed.item : refuse()),
    act: onSave,
    describe: describeActionFailure,
    // Only fields: the picture tiles' group carries its hint even when nothing is wrong with it.
    focusOnRefusal: (element) => element.querySelector<HTMLElement>('[aria-invalid="true"]'),
  });
  const refused = form.tried && !parsed.ok;

  return (
    <form ref={form.form} class="form catalog-form" onSubmit={form.submit} noValidate>
      <ItemFormFields values={values} onValues={setValues} problems={refused && !parsed.ok ? parsed.problems : {}} />
      {refused && <Alert message={t.value('catalog.problem.summary')} />}
      <Alert message={form.error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={form.busy}>
          <CheckIcon />
          {submitLabel}
        </button>
        <a class="button" href={CATALOG_PATH}>
          {t.value('common.cancel')}
        </a>
      </div>
    </form>
  );
}
