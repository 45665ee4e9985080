/** Buttons that appear on several kiosk screens, each with its picture beside its words. */
import { t } from '../i18n/index.js';
import { BackIcon, StartOverIcon, VisitorIcon } from '../ui/action-icons.js';
import { goTo, resetKiosk } from './flow.js';

/** Back to the step before this one. */
export function BackButton({ onClick, class: extra }: { onClick(): void; class?: string }) {
  return (
    <button type="button" class={`button button--large kiosk-back${extra ? ` ${extra}` : ''}`} onClick={onClick}>
      <BackIcon size={28} />
      {t.value('kiosk.back')}
    </button>
  );
}

/**
 * Back to welcome, forgetting the person and recording nothing they had not confirmed. The main
 * way on on a dead end (`primary`), a quiet choice beside Back everywhere else.
 */
export function StartOverButton({ onClick = resetKiosk, primary = false }: { onClick?(): void; primary?: boolean }) {
  return (
    <button
      type="button"
      class={`button button--large kiosk-start-over${primary ? ' button--primary' : ''}`}
      onClick={onClick}
    >
      <StartOverIcon size={28} />
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
