/**
 * "Keeping visit details" beside the other settings (issue 20): for how many years visits and
 * requests keep a link to the person, program-wide; older ones are made anonymous each day.
 */
import { useState } from 'preact/hooks';
import { SETTINGS_KEY, type SettingsView } from '../../core/fold/views.js';
import { retentionYearsOf } from '../../core/retention/anonymise.js';
import { t } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { describeActionFailure, recordAsStaff } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { parseRetentionYears } from './retention-form.js';

async function readRetentionYears(): Promise<number> {
  const view = await (await appOpStore()).view(SETTINGS_KEY);
  return retentionYearsOf(view?.kind === 'settings' ? (view as SettingsView) : undefined);
}

export function RetentionEditor() {
  const loaded = useViews(readRetentionYears, SETTINGS_KEY);
  return (
    <section class="panel" aria-labelledby="catalog-retention-title">
      <h2 id="catalog-retention-title">{t.value('retention.title')}</h2>
      <p class="panel__lead">{t.value('retention.lead')}</p>
      {loaded.status === 'failed' && <Alert message={t.value('catalog.loadFailed')} />}
      {loaded.status === 'ready' && <RetentionForm saved={loaded.value} />}
    </section>
  );
}

function RetentionForm({ saved }: { saved: number }) {
  const [typed, setTyped] = useState(String(saved));
  const parsed = parseRetentionYears(typed);
  const action = useActionForm({
    validate: () => parsed ?? refuse(),
    act: async (payload: { years: number }) => {
      const result = await recordAsStaff([{ type: 'settings.retentionSet', payload }]);
      return result.ok ? ({ ok: true, value: null } as const) : result;
    },
    describe: describeActionFailure,
    done: () => t.value('retention.saved'),
  });
  return (
    <form ref={action.form} class="form retention-form" onSubmit={action.submit} noValidate>
      <TextField
        label={t.value('retention.years')}
        value={typed}
        onValue={(value) => {
          action.clearMessage();
          setTyped(value);
        }}
        problem={action.tried && !parsed ? t.value('retention.problem') : null}
        inputProps={{ inputMode: 'numeric', maxLength: 2 }}
      />
      <Alert message={action.error} />
      <Notice message={action.message} />
      <button type="submit" class="button button--primary" disabled={action.busy}>
        <CheckIcon />
        {t.value('retention.save')}
      </button>
    </form>
  );
}
