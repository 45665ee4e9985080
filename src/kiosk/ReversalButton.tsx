/** "I used naloxone to help someone": the way into a reversal report, on welcome and on the needs screen. */
import { t } from '../i18n/index.js';
import { ReversalIcon } from '../ui/action-icons.js';
import './ReversalScreen.css';

export function ReversalButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" class="button button--large kiosk-reversal-entry" onClick={onClick}>
      <ReversalIcon size={28} />
      {t.value('kiosk.reversal.entry')}
    </button>
  );
}
