/**
 * On Today: whether the lobby kiosks take check-ins now, and a switch to open them for a special
 * event (or close them early) until a time today, or go back to the regular hours.
 */
import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../core/fold/selectors.js';
import { openingState } from '../../core/hours.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { useAction } from '../../ui/form/use-action.js';
import { formatCenterTime, formatOpening } from '../../ui/format.js';
import { formatHours } from '../../ui/opening-hours.js';
import { readSettings } from '../catalog/catalog-queries.js';
import { workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { defaultUntil, type OverrideResult, setKioskOverride } from './kiosk-hours.js';

type OverrideFailure = Extract<OverrideResult, { ok: false }>;

export function KioskHoursPanel() {
  const site = workingSite.value;
  const loaded = useViews(() => readSettings(site), `settings:${site}`);
  return loaded.status === 'ready' ? <KioskHoursSwitch settings={loaded.value} /> : null;
}

function KioskHoursSwitch({ settings }: { settings: Settings }) {
  const [until, setUntil] = useState(() => defaultUntil(new Date()));
  const untilId = useId();
  const language = currentLanguage.value;
  const state = openingState(settings.hours, settings.openOverride, new Date());
  const change = useAction({
    act: async (mode: 'open' | 'closed' | null) => {
      const result = await setKioskOverride(mode, until);
      return result.ok ? { ok: true, value: null } : result;
    },
    describe: (failure: OverrideFailure) =>
      failure.error === 'past' ? t.value('kioskHours.untilPast') : failure.message,
  });
  const time = (at: Date | null) => (at ? formatCenterTime(at, language) : '');
  const summary = state.override
    ? state.override.mode === 'open'
      ? t.value('kioskHours.openEvent', { time: time(state.closesAt) })
      : t.value('kioskHours.closedEarly', { time: time(new Date(state.override.until)) })
    : state.open
      ? t.value('kioskHours.openRegular', { time: time(state.closesAt) })
      : state.nextOpening
        ? t.value('kioskHours.closedRegular', { when: formatOpening(state.nextOpening, language) })
        : t.value('kioskHours.closedNoNext');
  return (
    <section class="panel" aria-labelledby="kiosk-hours-title">
      <h2 id="kiosk-hours-title">{t.value('kioskHours.title')}</h2>
      <p role="status">{summary}</p>
      <p class="panel__lead">{t.value('kioskHours.hours', { hours: formatHours(settings.hours, language) })}</p>
      {state.override ? (
        <button type="button" class="button" disabled={change.busy} onClick={() => void change.run(null)}>
          {t.value('kioskHours.regular')}
        </button>
      ) : (
        <div class="button-row">
          <div class="field field--inline">
            <label for={untilId}>{t.value('kioskHours.until')}</label>
            <input id={untilId} type="time" value={until} onInput={(event) => setUntil(event.currentTarget.value)} />
          </div>
          <button
            type="button"
            class="button button--primary"
            disabled={change.busy}
            onClick={() => void change.run(state.open ? 'closed' : 'open')}
          >
            {t.value(state.open ? 'kioskHours.close' : 'kioskHours.open')}
          </button>
        </div>
      )}
      <Alert message={change.error} />
    </section>
  );
}
