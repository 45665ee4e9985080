/** One weekday in the hours form: open or closed, opening and closing time, and what needs fixing. */
import { useId } from 'preact/hooks';
import type { OpeningSlotValue } from '../../core/ops/catalog.js';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import type { DayHours } from './hours-form.js';

// 2026-11-29 is a Sunday: adding `weekday` days gives that weekday (UTC, so no zone shifts it).
const SUNDAY = Date.UTC(2026, 10, 29);

/** "Monday", "Lunes": capitalised, since it starts the line. */
export function weekdayLabel(weekday: number, language: string): string {
  const name = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(SUNDAY + weekday * 86_400_000),
  );
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function HoursDay({
  weekday,
  language,
  day,
  extra,
  problem,
  onDay,
}: {
  weekday: number;
  language: string;
  day: DayHours;
  extra: readonly OpeningSlotValue[];
  problem: MessageKey | null;
  onDay: (change: Partial<DayHours>) => void;
}) {
  const id = useId();
  const invalid = problem ? true : undefined;
  const describedBy = problem ? `${id}-problem` : undefined;
  return (
    <fieldset class={`hours-day${day.open ? '' : ' is-closed'}`}>
      <legend class="hours-day__name">{weekdayLabel(weekday, language)}</legend>
      <div class="hours-day__fields">
        <div class="check-field hours-day__open">
          <input
            id={`${id}-open`}
            type="checkbox"
            checked={day.open}
            onChange={(event) => onDay({ open: event.currentTarget.checked })}
          />
          <label for={`${id}-open`}>{t.value('catalog.hours.open')}</label>
        </div>
        <div class="field field--inline">
          <label for={`${id}-opens`}>{t.value('catalog.hours.opens')}</label>
          <input
            id={`${id}-opens`}
            type="time"
            value={day.opens}
            disabled={!day.open}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onInput={(event) => onDay({ opens: event.currentTarget.value })}
          />
        </div>
        <div class="field field--inline">
          <label for={`${id}-closes`}>{t.value('catalog.hours.closes')}</label>
          <input
            id={`${id}-closes`}
            type="time"
            value={day.closes}
            disabled={!day.open}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onInput={(event) => onDay({ closes: event.currentTarget.value })}
          />
        </div>
      </div>
      {day.open && extra.length > 0 && (
        <p class="field__hint">
          {t.value('catalog.hours.extra', {
            times: extra.map((slot) => `${slot.opens}–${slot.closes}`).join(', '),
          })}
        </p>
      )}
      <p id={`${id}-problem`} class="field__problem" aria-live="polite">
        {problem ? t.value(problem) : ''}
      </p>
    </fieldset>
  );
}
