/** "I used naloxone to help someone": the way into a reversal report, on welcome and on the needs screen. */
import { t } from '../i18n/index.js';
import { ReversalIcon } from '../ui/action-icons.js';
import './ReversalScreen.css';

/** `large: false` on welcome, where it sits beside the address and must not push it out of view. */
export function ReversalButton({ onClick, large = true }: { onClick(): void; large?: boolean }) {
  return (
    <button type="button" class={`button ${large ? 'button--large ' : ''}kiosk-reversal-entry`} onClick={onClick}>
      <ReversalIcon size={large ? 28 : 24} />
      {t.value('kiosk.reversal.entry')}
    </button>
  );
}
