/**
 * "I used naloxone to help someone" (issue 16): after a check-in, whether to add their name (no
 * unless they say so), then a replacement kit. It shows no name and nothing about the person.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { DoneIcon, NothingIcon } from '../ui/action-icons.js';
import type { ReversalStep } from './flow.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import './ReversalScreen.css';

export interface ReversalScreenProps {
  readonly step: ReversalStep;
  /** Their answer on the name question: on to the kit question. */
  onNamed(named: boolean): void;
  /** Their answer on the kit question: the report is saved. */
  onKit(wantsKit: boolean): void;
  onBack(): void;
}

export function ReversalScreen({ step, onNamed, onKit, onBack }: ReversalScreenProps) {
  const [busy, setBusy] = useState(false);
  const asking = step.phase === 'name';
  const answer = (yes: boolean) => {
    if (asking) return onNamed(yes);
    if (busy) return;
    setBusy(true);
    onKit(yes);
  };
  return (
    <section class="kiosk-screen kiosk-reversal" aria-labelledby="kiosk-reversal-title">
      {(asking || step.from === null) && <p class="kiosk-greeting">{t.value('kiosk.reversal.thanks')}</p>}
      <h1 id="kiosk-reversal-title" tabIndex={-1}>
        {t.value(asking ? 'kiosk.reversal.nameTitle' : 'kiosk.reversal.kitTitle')}
      </h1>
      <p class="kiosk-lead">{t.value(asking ? 'kiosk.reversal.nameLead' : 'kiosk.reversal.kitLead')}</p>
      <div class="kiosk-actions">
        {/* The anonymous answer comes first and is the main one: adding a name is the choice to make. */}
        {asking ? (
          <>
            <button type="button" class="button button--large button--primary" onClick={() => answer(false)}>
              <NothingIcon size={28} />
              {t.value('kiosk.reversal.nameNo')}
            </button>
            <button type="button" class="button button--large" onClick={() => answer(true)}>
              <DoneIcon size={28} />
              {t.value('kiosk.reversal.nameYes')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              class="button button--large button--primary"
              disabled={busy}
              onClick={() => answer(true)}
            >
              <DoneIcon size={28} />
              {busy ? t.value('kiosk.reversal.saving') : t.value('kiosk.reversal.kitYes')}
            </button>
            <button type="button" class="button button--large" disabled={busy} onClick={() => answer(false)}>
              <NothingIcon size={28} />
              {t.value('kiosk.reversal.kitNo')}
            </button>
          </>
        )}
        <BackButton onClick={onBack} />
        <StartOverButton />
      </div>
    </section>
  );
}
