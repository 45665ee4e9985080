/**
 * "What is your birthday?": month and day as big buttons (no typing, no year). Months show their
 * number beside the name ("4 · April"), for people who know their birthday as numbers.
 */
import { useState } from 'preact/hooks';
import { daysInMonth } from '../core/kiosk/birthday-check.js';
import { currentLanguage, monthName, t } from '../i18n/index.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import './BirthdayScreen.css';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

export function BirthdayScreen(props: {
  month?: number | undefined;
  day?: number | undefined;
  onBack(): void;
  onContinue(month: number, day: number): void;
}) {
  const [month, setMonth] = useState<number | null>(props.month ?? null);
  const [day, setDay] = useState<number | null>(props.day ?? null);
  const [busy, setBusy] = useState(false);
  const language = currentLanguage.value;
  const submit = () => {
    if (month === null || day === null || busy) return;
    setBusy(true);
    props.onContinue(month, day);
  };
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-birthday-title">
      <h1 id="kiosk-birthday-title" tabIndex={-1}>
        {t.value('kiosk.birthday.title')}
      </h1>
      <p class="kiosk-lead">{t.value('kiosk.birthday.lead')}</p>
      <fieldset class="kiosk-choices kiosk-choices--months">
        <legend>{t.value('kiosk.birthday.month')}</legend>
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
            {`${value} · ${monthName(language, value)}`}
          </button>
        ))}
      </fieldset>
      {month !== null && (
        <fieldset class="kiosk-choices kiosk-choices--days">
          <legend>{t.value('kiosk.birthday.day')}</legend>
          {Array.from({ length: daysInMonth(month) }, (_, index) => index + 1).map((value) => (
            <button key={value} type="button" aria-pressed={day === value} onClick={() => setDay(value)}>
              {value}
            </button>
          ))}
        </fieldset>
      )}
      <div class="kiosk-actions">
        <BackButton onClick={props.onBack} />
        <StartOverButton />
        <button
          type="button"
          class="button button--large button--primary"
          disabled={month === null || day === null || busy}
          onClick={submit}
        >
          {t.value('kiosk.birthday.continue')}
        </button>
      </div>
    </section>
  );
}
