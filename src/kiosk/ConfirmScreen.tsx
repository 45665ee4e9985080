/**
 * "What is your birthday?": month and day as big buttons (no typing, no year), checked against
 * the directory's hash. A wrong answer goes to "please see staff", with no second guess.
 */
import { useState } from 'preact/hooks';
import { birthdayMatches, daysInMonth } from '../core/kiosk/birthday-check.js';
import type { NameMatch } from '../core/kiosk/name-search.js';
import { currentLanguage, t } from '../i18n/index.js';
import { goTo } from './flow.js';
import { BackButton } from './KioskButtons.js';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

export function ConfirmScreen({ match, onConfirmed }: { match: NameMatch; onConfirmed(): void }) {
  const [month, setMonth] = useState<number | null>(null);
  const [day, setDay] = useState<number | null>(null);
  const language = currentLanguage.value;
  const submit = () => {
    if (month === null || day === null) return;
    if (birthdayMatches(match.entry, month, day)) onConfirmed();
    else goTo({ step: 'seeStaff' });
  };
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-confirm-title">
      <h1 id="kiosk-confirm-title" tabIndex={-1}>
        {t.value('kiosk.confirm.title')}
      </h1>
      <p class="kiosk-lead">{t.value('kiosk.confirm.lead', { name: match.label })}</p>
      <fieldset class="kiosk-choices kiosk-choices--months">
        <legend>{t.value('kiosk.confirm.month')}</legend>
        {MONTHS.map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={month === value}
            onClick={() => {
              setMonth(value);
              if (day !== null && day > daysInMonth(value)) setDay(null);
            }}
          >
            {monthName(value, language)}
          </button>
        ))}
      </fieldset>
      {month !== null && (
        <fieldset class="kiosk-choices kiosk-choices--days">
          <legend>{t.value('kiosk.confirm.day')}</legend>
          {Array.from({ length: daysInMonth(month) }, (_, index) => index + 1).map((value) => (
            <button key={value} type="button" aria-pressed={day === value} onClick={() => setDay(value)}>
              {value}
            </button>
          ))}
        </fieldset>
      )}
      <div class="kiosk-actions">
        <BackButton onClick={() => goTo({ step: 'name' })} />
        <button
          type="button"
          class="button button--large button--primary"
          disabled={month === null || day === null}
          onClick={submit}
        >
          {t.value('kiosk.confirm.submit')}
        </button>
      </div>
    </section>
  );
}
