/** Buttons that appear on several kiosk screens. */
import { t } from '../i18n/index.js';
import { VisitorIcon } from '../ui/action-icons.js';
import { goTo, resetKiosk } from './flow.js';

export function BackButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" class="button button--large kiosk-back" onClick={onClick}>
      {t.value('kiosk.back')}
    </button>
  );
}

export function StartOverButton() {
  return (
    <button type="button" class="button button--large button--primary" onClick={resetKiosk}>
      {t.value('kiosk.startOver')}
    </button>
  );
}

export function VisitorButton() {
  return (
    <button type="button" class="button button--large" onClick={() => goTo({ step: 'visitor' })}>
      <VisitorIcon size={28} />
      {t.value('kiosk.way.visitor')}
    </button>
  );
}
