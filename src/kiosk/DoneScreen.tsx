/**
 * "Thank you, Ana. Your number is A-17. Staff will call you." Closes by itself after 15 seconds,
 * counting down on screen.
 */
import { t } from '../i18n/index.js';
import { DoneIcon } from '../ui/action-icons.js';
import { type CheckedIn, resetKiosk } from './flow.js';
import { useCloseAfter } from './use-close-after.js';
import './DoneScreen.css';

export const DONE_SCREEN_SECONDS = 15;

export function DoneScreen({ visit, asked }: { visit: CheckedIn; asked: readonly string[] }) {
  const left = useCloseAfter(DONE_SCREEN_SECONDS);
  return (
    <section class="kiosk-screen kiosk-done" aria-labelledby="kiosk-done-title">
      <h1 id="kiosk-done-title" tabIndex={-1}>
        {visit.name ? t.value('kiosk.done.title', { name: visit.name }) : t.value('kiosk.done.titleAnon')}
      </h1>
      {visit.ticket && (
        <p class="kiosk-ticket">
          <span class="kiosk-ticket__label">{t.value('kiosk.done.number')}</span>{' '}
          <strong class="kiosk-ticket__number">{visit.ticket}</strong>
        </p>
      )}
      <p class="kiosk-lead">{asked.length > 0 ? t.value('kiosk.done.call') : t.value('kiosk.done.checkedIn')}</p>
      {asked.length > 0 && (
        <section class="kiosk-asked" aria-labelledby="kiosk-asked-title">
          <h2 id="kiosk-asked-title">{t.value('kiosk.done.asked')}</h2>
          <ul>
            {asked.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="kiosk-hint" aria-live="off">
        {t.value('kiosk.done.closing', { seconds: left })}
      </p>
      <div class="kiosk-actions">
        <button type="button" class="button button--large button--primary" onClick={resetKiosk}>
          <DoneIcon size={28} />
          {t.value('kiosk.done.close')}
        </button>
      </div>
    </section>
  );
}
