/**
 * The check-in itself: welcome (or closed), then card, name or visitor, then needs and the ticket.
 * Each step gets the focus on its heading (or its input), and every step but welcome and the
 * ticket screen is watched by the idle reset. The welcome is all a kiosk needs to start: the
 * other steps (KioskSteps.tsx) load once it is up, in idle time, or on the first tap or scan.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { openingState } from '../core/hours.js';
import { currentLanguage } from '../i18n/index.js';
import { afterFirstPaint } from '../ui/after-paint.js';
import { formatCenterTime } from '../ui/format.js';
import { formatHours } from '../ui/opening-hours.js';
import { useNow } from '../ui/use-now.js';
import { ClosedScreen } from './ClosedScreen.js';
import { type KioskStep, kioskStep, resetKiosk } from './flow.js';
import { kioskSteps } from './steps.js';
import { useCardWedge } from './useCardWedge.js';
import type { KioskData } from './useKioskData.js';
import { Welcome } from './Welcome.js';

export function KioskFlow({ data }: { data: KioskData }) {
  const step = kioskStep.value;
  const steps = kioskSteps.current.value;
  const now = useNow(15_000);
  const opening = openingState(data.settings.hours, data.settings.openOverride, new Date(now));
  const onCard = useCallback((token: string) => {
    const from = kioskStep.peek();
    void kioskSteps
      .load()
      .then((loaded) => loaded.checkInFromCard(token, from))
      .catch(() => undefined);
  }, []);
  useCardWedge(opening.open && (step.step === 'welcome' || step.step === 'scan'), onCard);
  useStepFocus(step.step, step.step === 'welcome' || steps !== null);
  // The rest of the check-in loads once the welcome is painted, before anyone taps.
  useEffect(() => {
    afterFirstPaint(() => void kioskSteps.load().catch(() => undefined));
  }, []);
  useEffect(() => {
    // Should a tap come first (or the idle load have failed), load it now; if it cannot load, start over.
    if (step.step !== 'welcome' && !kioskSteps.current.peek()) void kioskSteps.load().catch(resetKiosk);
  }, [step]);

  if (step.step !== 'welcome') return steps && <steps.StepScreen step={step} data={data} onCard={onCard} />;
  if (!opening.open) {
    return <ClosedScreen nextOpening={opening.nextOpening} hours={hoursLine(data)} site={data.site} />;
  }
  return (
    <Welcome
      site={data.site}
      eventUntil={
        opening.override?.mode === 'open' && opening.closesAt
          ? formatCenterTime(opening.closesAt, currentLanguage.value)
          : null
      }
    />
  );
}

function hoursLine(data: KioskData): string {
  return formatHours(data.settings.hours, currentLanguage.value);
}

/**
 * Every step opens at the top, with the focus on its input (for the tablet's keyboard) or its
 * heading (for screen readers): the new screen is fresh, but the page and #main keep the last
 * person's scroll, so those and every container around the screen go back to the top.
 */
function useStepFocus(step: KioskStep['step'], shown: boolean): void {
  const first = useRef(true);
  // A step whose screen is still loading gets its focus once it shows.
  const pending = useRef(false);
  useEffect(() => {
    // The first welcome keeps the page's natural start (skip link, header).
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = true;
  }, [step]);
  useEffect(() => {
    if (!pending.current || !shown) return;
    pending.current = false;
    const main = document.getElementById('main');
    for (let element: HTMLElement | null = main; element; element = element.parentElement) element.scrollTop = 0;
    window.scrollTo(0, 0);
    const target = main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1');
    target?.focus({ preventScroll: true });
  }, [step, shown]);
}
