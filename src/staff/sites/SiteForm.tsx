/**
 * A site's name, address and phone, for adding a site or changing one: checked when saving (the
 * keyboard goes to the first field that needs attention), then handed to the page that saves it.
 */
import { useState } from 'preact/hooks';
import type { SiteFields } from '../../core/ops/sites.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { type ActionAnswer, refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { type ActionFailure, describeActionFailure } from '../staff-actions.js';
import { parseSiteForm, type SiteFormField, type SiteFormValues } from './site-form.js';

export function SiteForm({
  initial,
  otherNames,
  submitLabel,
  onSave,
  onSaved,
  onCancel,
}: {
  initial: SiteFormValues;
  /** The other sites' names: this one may not take them. */
  otherNames: readonly string[];
  submitLabel: string;
  /** Saves the site; a failure is shown in the form. */
  onSave: (fields: SiteFields) => Promise<ActionAnswer<unknown, ActionFailure>>;
  /** After a save worked (the page says so, and closes or empties the form). */
  onSaved: (fields: SiteFields) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const parsed = parseSiteForm(values, otherNames);
  const form = useActionForm({
    validate: () => (parsed.ok ? parsed.fields : refuse()),
    act: onSave,
    describe: describeActionFailure,
    done: (_saved: unknown, fields: SiteFields) => onSaved(fields),
  });
  const problem = (field: SiteFormField) => {
    const key = form.tried && !parsed.ok ? parsed.problems[field] : undefined;
    return key ? t.value(key) : null;
  };
  const edit = (field: SiteFormField) => (value: string) => {
    form.clearMessage();
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <form ref={form.form} class="form site-form" onSubmit={form.submit} noValidate>
      <TextField
        label={t.value('sites.field.name')}
        hint={t.value('sites.field.nameHint')}
        value={values.name}
        onValue={edit('name')}
        problem={problem('name')}
        required
        autoComplete="off"
      />
      <TextField
        label={t.value('sites.field.address')}
        value={values.address}
        onValue={edit('address')}
        problem={problem('address')}
        required
        autoComplete="off"
      />
      <TextField
        label={t.value('sites.field.phone')}
        value={values.phone}
        onValue={edit('phone')}
        problem={problem('phone')}
        required
        autoComplete="off"
        inputProps={{ inputMode: 'tel' }}
      />
      {form.tried && !parsed.ok && <Alert message={t.value('sites.problem.summary')} />}
      <Alert message={form.error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={form.busy}>
          <CheckIcon />
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t.value('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
