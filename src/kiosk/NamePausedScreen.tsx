/**
 * Name check-in resting after a few misses in a row: a calm word, with the other ways in still
 * open. It comes back by itself; the screen then offers "Find my name" again.
 */
import { t } from '../i18n/index.js';
import { FindNameIcon, ScanCardIcon } from '../ui/action-icons.js';
import { useNow } from '../ui/use-now.js';
import { goTo } from './flow.js';
import { BackButton, StartOverButton, VisitorButton } from './KioskButtons.js';
import { nameCheckInPaused, startNameCheckIn } from './name-check-in.js';

export function NamePausedScreen({ onBack }: { onBack(): void }) {
  // Re-read every second, so the screen changes as soon as the rest is over.
  useNow(1_000);
  const resting = nameCheckInPaused();
  return (
    <section class="kiosk-screen kiosk-paused" aria-labelledby="kiosk-paused-title">
      <div aria-live="polite">
        <h1 id="kiosk-paused-title" tabIndex={-1}>
          {t.value(resting ? 'kiosk.paused.title' : 'kiosk.paused.readyTitle')}
        </h1>
        <p class="kiosk-lead">{t.value(resting ? 'kiosk.paused.lead' : 'kiosk.paused.readyLead')}</p>
      </div>
      <div class="kiosk-actions">
        {!resting && (
          <button type="button" class="button button--large button--primary" onClick={startNameCheckIn}>
            <FindNameIcon size={28} />
            {t.value('kiosk.way.name')}
          </button>
        )}
        <button type="button" class="button button--large" onClick={() => goTo({ step: 'scan' })}>
          <ScanCardIcon size={28} />
          {t.value('kiosk.way.scan')}
        </button>
        <VisitorButton />
        <BackButton onClick={onBack} />
        <StartOverButton primary />
      </div>
    </section>
  );
}
