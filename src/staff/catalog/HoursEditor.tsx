/**
 * "Opening hours": each weekday open or closed, with its opening and closing time. Saving records
 * one `settings.hoursSet` with the whole week; kiosks follow when they sync.
 */
import { useState } from 'preact/hooks';
import type { OpeningSlotValue } from '../../core/ops/catalog.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { type ActionAnswer, refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { workingSite } from '../site-choice.js';
import { type ActionFailure, describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { saveHours } from './catalog-actions.js';
import { readSettings } from './catalog-queries.js';
import { HoursDay } from './HoursDay.js';
import { formFromHours, parseHoursForm, sameHours, WEEKDAY_ORDER, withDay } from './hours-form.js';

type HoursMessage = 'catalog.hours.unchanged' | 'catalog.hours.saved';

/** The same week again is not recorded: there is nothing new for the kiosks. */
async function saveUnlessSame(
  saved: readonly OpeningSlotValue[],
  hours: readonly OpeningSlotValue[],
): Promise<ActionAnswer<HoursMessage, ActionFailure>> {
  if (sameHours(saved, hours)) return { ok: true, value: 'catalog.hours.unchanged' };
  const result = await saveHours(hours);
  return result.ok ? { ok: true, value: 'catalog.hours.saved' } : result;
}

export function HoursEditor() {
  const site = workingSite.value;
  const loaded = useViews(() => readSettings(site), `settings:${site}`);
  return (
    <section class="panel" aria-labelledby="catalog-hours-title">
      <h2 id="catalog-hours-title">{t.value('catalog.hours.title')}</h2>
      <p class="panel__lead">{t.value('catalog.hours.lead')}</p>
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {loaded.status === 'failed' && <Alert message={t.value('catalog.loadFailed')} />}
      {loaded.status === 'ready' && <HoursForm key={site} saved={loaded.value.hours} />}
    </section>
  );
}

function HoursForm({ saved }: { saved: readonly OpeningSlotValue[] }) {
  // Starts from the hours as they were when the page opened; saving replaces the whole week.
  const [initial] = useState(saved);
  const [form, setForm] = useState(() => formFromHours(initial));
  const parsed = parseHoursForm(form);
  const action = useActionForm({
    validate: () => (parsed.ok ? parsed.hours : refuse()),
    act: (hours: OpeningSlotValue[]) => saveUnlessSame(saved, hours),
    describe: describeActionFailure,
    done: (said: HoursMessage) => t.value(said),
  });
  const refused = action.tried && !parsed.ok;

  return (
    <form ref={action.form} class="form hours-form" onSubmit={action.submit} noValidate>
      {WEEKDAY_ORDER.map((weekday) => (
        <HoursDay
          key={weekday}
          weekday={weekday}
          language={currentLanguage.value}
          day={form.days[weekday] ?? { open: false, opens: '', closes: '' }}
          extra={form.extra.filter((slot) => slot.weekday === weekday)}
          problem={refused && !parsed.ok ? (parsed.problems.get(weekday) ?? null) : null}
          onDay={(change) => {
            action.clearMessage();
            setForm((current) => withDay(current, weekday, change));
          }}
        />
      ))}
      {refused && <Alert message={t.value('catalog.hours.problem.summary')} />}
      <Alert message={action.error} />
      <Notice message={action.message} />
      <button type="submit" class="button button--primary" disabled={action.busy}>
        <CheckIcon />
        {t.value('catalog.hours.save')}
      </button>
    </form>
  );
}
