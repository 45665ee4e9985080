/**
 * issue 16 — HMIS: on an item's page, the county HMIS service code it is exported as (RecordType
 * and TypeProvided, one `catalog.itemUpdated`). Without one, the HMIS export leaves the item out.
 */
import { useState } from 'preact/hooks';
import type { CatalogItem } from '../../core/fold/selectors.js';
import type { HmisServiceCode } from '../../core/ops/hmis-service-code.js';
import { t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { describeActionFailure } from '../staff-actions.js';
import { updateItem } from './catalog-actions.js';
import { formFromHmisCode, type HmisCodeFormValues, parseHmisCodeForm } from './hmis-code-form.js';

export function HmisCodeEditor({ item }: { item: CatalogItem }) {
  const [values, setValues] = useState<HmisCodeFormValues>(() => formFromHmisCode(item.hmisService));
  const parsed = parseHmisCodeForm(values);
  const action = useActionForm({
    validate: () => (parsed === undefined ? refuse() : { code: parsed }),
    act: async ({ code }: { code: HmisServiceCode | null }) => {
      const result = await updateItem(item.id, { hmisService: code });
      return result.ok ? ({ ok: true, value: code } as const) : result;
    },
    describe: describeActionFailure,
    done: (code) => t.value(code ? 'hmis.code.saved' : 'hmis.code.cleared'),
  });
  const problem = action.tried && parsed === undefined ? t.value('hmis.code.problem') : null;
  const edit = (field: keyof HmisCodeFormValues) => (value: string) => {
    action.clearMessage();
    setValues((current) => ({ ...current, [field]: value }));
  };
  return (
    <section class="panel" aria-labelledby="catalog-hmis-title">
      <h2 id="catalog-hmis-title">{t.value('hmis.code.title')}</h2>
      <p class="panel__lead">{t.value('hmis.code.lead')}</p>
      <form ref={action.form} class="form hmis-code-form" onSubmit={action.submit} noValidate>
        <TextField
          label={t.value('hmis.code.recordType')}
          value={values.recordType}
          onValue={edit('recordType')}
          problem={problem}
          inputProps={{ inputMode: 'numeric', maxLength: 3 }}
        />
        <TextField
          label={t.value('hmis.code.typeProvided')}
          value={values.typeProvided}
          onValue={edit('typeProvided')}
          inputProps={{ inputMode: 'numeric', maxLength: 5 }}
        />
        <Alert message={action.error} />
        <Notice message={action.message} />
        <button type="submit" class="button button--primary" disabled={action.busy}>
          <CheckIcon />
          {t.value('hmis.code.save')}
        </button>
      </form>
    </section>
  );
}
