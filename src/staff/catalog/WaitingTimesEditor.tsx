/**
 * "Waiting times" beside the opening hours: after how many minutes a waiting request shows amber,
 * then red, on every staff device (one `settings.waitThresholdsSet`, synced like the hours).
 */
import { useState } from 'preact/hooks';
import type { WaitThresholds } from '../../core/floor/waiting.js';
import { t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure, recordAsStaff } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { readSettings } from './catalog-queries.js';
import { formFromThresholds, parseWaitingForm, type WaitingFormValues } from './waiting-form.js';

export function WaitingTimesEditor() {
  const site = workingSite.value;
  const loaded = useViews(() => readSettings(site), `settings:${site}`);
  return (
    <section class="panel" aria-labelledby="catalog-waiting-title">
      <h2 id="catalog-waiting-title">{t.value('waiting.title')}</h2>
      <p class="panel__lead">{t.value('waiting.lead')}</p>
      {loaded.status === 'failed' && <Alert message={t.value('catalog.loadFailed')} />}
      {loaded.status === 'ready' && <WaitingForm key={site} saved={loaded.value.waitThresholds} />}
    </section>
  );
}

function WaitingForm({ saved }: { saved: WaitThresholds }) {
  const [values, setValues] = useState<WaitingFormValues>(() => formFromThresholds(saved));
  const parsed = parseWaitingForm(values);
  const action = useActionForm({
    validate: () => parsed ?? refuse(),
    act: async (thresholds: WaitThresholds) => {
      const result = await recordAsStaff([{ type: 'settings.waitThresholdsSet', payload: thresholds }]);
      return result.ok ? ({ ok: true, value: null } as const) : result;
    },
    describe: describeActionFailure,
    done: () => t.value('waiting.saved'),
  });
  const problem = action.tried && !parsed ? t.value('waiting.problem') : null;
  const edit = (field: keyof WaitingFormValues) => (value: string) => {
    action.clearMessage();
    setValues((current) => ({ ...current, [field]: value }));
  };
  return (
    <form ref={action.form} class="form waiting-form" onSubmit={action.submit} noValidate>
      <TextField
        label={t.value('waiting.amber')}
        value={values.amber}
        onValue={edit('amber')}
        problem={problem}
        inputProps={{ inputMode: 'numeric', maxLength: 3 }}
      />
      <TextField
        label={t.value('waiting.red')}
        value={values.red}
        onValue={edit('red')}
        inputProps={{ inputMode: 'numeric', maxLength: 3 }}
      />
      <Alert message={action.error} />
      <Notice message={action.message} />
      <button type="submit" class="button button--primary" disabled={action.busy}>
        <CheckIcon />
        {t.value('waiting.save')}
      </button>
    </form>
  );
}
