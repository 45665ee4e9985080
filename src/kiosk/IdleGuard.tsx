/**
 * Privacy on a shared screen: after a minute without a touch the kiosk goes back to welcome and
 * forgets the person. For the last 10 seconds it asks "Are you still there?" with a countdown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { StillHereIcon } from '../ui/action-icons.js';
import { lastInteractionAt } from '../ui/idle.js';
import { resetKiosk } from './flow.js';
import './IdleGuard.css';

export const IDLE_RESET_MS = 60_000;
export const IDLE_WARNING_MS = 10_000;

/** Seconds left before a reset, or null while it is not time to warn yet. */
export function idleCountdown(idleForMs: number): number | null {
  if (idleForMs < IDLE_RESET_MS - IDLE_WARNING_MS) return null;
  return Math.max(0, Math.ceil((IDLE_RESET_MS - idleForMs) / 1000));
}

export function IdleGuard() {
  const [left, setLeft] = useState<number | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      const idleFor = Date.now() - lastInteractionAt.peek();
      if (idleFor >= IDLE_RESET_MS) resetKiosk();
      else setLeft(idleCountdown(idleFor));
    }, 250);
    return () => clearInterval(timer);
  }, []);
  const warning = left !== null;
  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);
  if (left === null) return null;
  return (
    <div
      class="kiosk-idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-lead"
    >
      <div class="kiosk-idle__box">
        <h2 id="kiosk-idle-title">{t.value('kiosk.idle.title')}</h2>
        <p id="kiosk-idle-lead">{t.value('kiosk.idle.lead', { seconds: left })}</p>
        <button
          ref={stayButton}
          type="button"
          class="button button--large button--primary"
          onClick={() => {
            lastInteractionAt.value = Date.now();
            setLeft(null);
          }}
        >
          <StillHereIcon size={28} />
          {t.value('kiosk.idle.stay')}
        </button>
      </div>
    </div>
  );
}
