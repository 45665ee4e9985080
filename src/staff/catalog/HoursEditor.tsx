/**
 * "Opening hours": each weekday open or closed, with its opening and closing time. Saving records
 * one `settings.hoursSet` with the whole week; kiosks follow when they sync.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OpeningSlotValue } from '../../core/ops/catalog.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { CheckIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { saveHours } from './catalog-actions.js';
import { readSettings } from './catalog-queries.js';
import { HoursDay } from './HoursDay.js';
import { formFromHours, parseHoursForm, sameHours, WEEKDAY_ORDER, withDay } from './hours-form.js';

export function HoursEditor() {
  const loaded = useViews(readSettings, 'settings');
  return (
    <section class="panel" aria-labelledby="catalog-hours-title">
      <h2 id="catalog-hours-title">{t.value('catalog.hours.title')}</h2>
      <p class="panel__lead">{t.value('catalog.hours.lead')}</p>
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {loaded.status === 'failed' && <Alert message={t.value('catalog.loadFailed')} />}
      {loaded.status === 'ready' && <HoursForm saved={loaded.value.hours} />}
    </section>
  );
}

function HoursForm({ saved }: { saved: readonly OpeningSlotValue[] }) {
  // Starts from the hours as they were when the page opened; saving replaces the whole week.
  const [initial] = useState(saved);
  const [form, setForm] = useState(() => formFromHours(initial));
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const element = useRef<HTMLFormElement>(null);
  const parsed = parseHoursForm(form);
  const refused = attempts > 0 && !parsed.ok;

  useEffect(() => {
    if (attempts > 0) element.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    setNotice(null);
    if (busy || !parsed.ok) return;
    if (sameHours(saved, parsed.hours)) return setNotice(t.value('catalog.hours.unchanged'));
    setBusy(true);
    setError(null);
    const result = await saveHours(parsed.hours);
    setBusy(false);
    if (result.ok) setNotice(t.value('catalog.hours.saved'));
    else setError(describeActionFailure(result));
  };

  return (
    <form ref={element} class="form hours-form" onSubmit={submit} noValidate>
      {WEEKDAY_ORDER.map((weekday) => (
        <HoursDay
          key={weekday}
          weekday={weekday}
          language={currentLanguage.value}
          day={form.days[weekday] ?? { open: false, opens: '', closes: '' }}
          extra={form.extra.filter((slot) => slot.weekday === weekday)}
          problem={refused && !parsed.ok ? (parsed.problems.get(weekday) ?? null) : null}
          onDay={(change) => {
            setNotice(null);
            setForm((current) => withDay(current, weekday, change));
          }}
        />
      ))}
      {refused && <Alert message={t.value('catalog.hours.problem.summary')} />}
      <Alert message={error} />
      <Notice message={notice} />
      <button type="submit" class="button button--primary" disabled={busy}>
        <CheckIcon />
        {t.value('catalog.hours.save')}
      </button>
    </form>
  );
}
