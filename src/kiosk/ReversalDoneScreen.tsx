/**
 * The thanks after a reversal report, with the kit's number when one was asked for. From welcome
 * it closes by itself like the ticket; after a check-in the person continues to their needs.
 */
import { t } from '../i18n/index.js';
import { ContinueIcon, DoneIcon } from '../ui/action-icons.js';
import { DONE_SCREEN_SECONDS } from './DoneScreen.js';
import { goTo, type ReversalDoneStep, resetKiosk } from './flow.js';
import { StartOverButton } from './KioskButtons.js';
import './ReversalScreen.css';
import { useCloseAfter } from './use-close-after.js';

export function ReversalDoneScreen({ step }: { step: ReversalDoneStep }) {
  const left = useCloseAfter(step.next === null ? DONE_SCREEN_SECONDS : null);
  return (
    <section class="kiosk-screen kiosk-reversal-done" aria-labelledby="kiosk-reversal-done-title">
      <h1 id="kiosk-reversal-done-title" tabIndex={-1}>
        {t.value('kiosk.reversal.doneTitle')}
      </h1>
      <p class="kiosk-lead">{t.value('kiosk.reversal.doneLead')}</p>
      {step.ticket && (
        <p class="kiosk-ticket">
          <span class="kiosk-ticket__label">{t.value('kiosk.done.number')}</span>{' '}
          <strong class="kiosk-ticket__number">{step.ticket}</strong>
        </p>
      )}
      {step.kit === 'coming' && <p class="kiosk-lead">{t.value('kiosk.reversal.kitComing')}</p>}
      {step.kit === 'seeStaff' && <p class="kiosk-lead">{t.value('kiosk.reversal.kitSeeStaff')}</p>}
      {left !== null && (
        <p class="kiosk-hint" aria-live="off">
          {t.value('kiosk.done.closing', { seconds: left })}
        </p>
      )}
      <div class="kiosk-actions">
        {step.next ? (
          <>
            <button
              type="button"
              class="button button--large button--primary"
              onClick={() => step.next && goTo(step.next)}
            >
              <ContinueIcon size={28} />
              {t.value('kiosk.reversal.continue')}
            </button>
            <StartOverButton />
          </>
        ) : (
          <button type="button" class="button button--large button--primary" onClick={resetKiosk}>
            <DoneIcon size={28} />
            {t.value('kiosk.done.close')}
          </button>
        )}
      </div>
    </section>
  );
}
