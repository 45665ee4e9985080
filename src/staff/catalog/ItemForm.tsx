/**
 * The item form around its fields: checks the values when saving, shows what needs attention
 * (and takes the keyboard there), and hands valid item fields to the page that saves them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemFields } from '../../core/ops/catalog.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { CheckIcon } from '../../ui/icons.js';
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
  /** Saves the item; resolves to a message when that failed, or null. */
  onSave: (item: ItemFields) => Promise<string | null>;
}) {
  const [values, setValues] = useState(initial);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const parsed = parseCatalogForm(values, placement);
  const refused = attempts > 0 && !parsed.ok;

  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (busy || !parsed.ok) return;
    setBusy(true);
    setError(null);
    const failure = await onSave(parsed.item);
    setBusy(false);
    setError(failure);
  };

  return (
    <form ref={form} class="form catalog-form" onSubmit={submit} noValidate>
      <ItemFormFields values={values} onValues={setValues} problems={refused && !parsed.ok ? parsed.problems : {}} />
      {refused && <Alert message={t.value('catalog.problem.summary')} />}
      <Alert message={error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={busy}>
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
