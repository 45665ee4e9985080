/**
 * The kiosk's welcome: three big ways in, each with a picture, and where this kiosk's site is and
 * how to call it, in view without scrolling. A card scanner that types works here without a tap (see useCardWedge).
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Site } from '../core/sites/sites.js';
import { t } from '../i18n/index.js';
import { FindNameIcon, ScanCardIcon, VisitorIcon } from '../ui/action-icons.js';
import { goTo } from './flow.js';
import { ReversalButton } from './ReversalButton.js';
import { kioskSteps } from './steps.js';
import './Welcome.css';

export function Welcome({ eventUntil, site }: { eventUntil: string | null; site: Site | null }) {
  return (
    <section class="kiosk-welcome" aria-labelledby="kiosk-welcome-title">
      <h1 id="kiosk-welcome-title" tabIndex={-1}>
        {t.value('kiosk.welcome')}
      </h1>
      <p class="kiosk-welcome__lead">{t.value('kiosk.welcomeLead')}</p>
      {eventUntil && <p class="kiosk-welcome__event">{t.value('kiosk.openEvent', { time: eventUntil })}</p>}
      <ul class="kiosk-ways" aria-label={t.value('kiosk.waysIn')}>
        <Way
          icon={<ScanCardIcon size={48} />}
          label={t.value('kiosk.way.scan')}
          hint={t.value('kiosk.way.scanHint')}
          step="scan"
        />
        <Way
          icon={<FindNameIcon size={48} />}
          label={t.value('kiosk.way.name')}
          hint={t.value('kiosk.way.nameHint')}
          step="name"
        />
        <Way
          icon={<VisitorIcon size={48} />}
          label={t.value('kiosk.way.visitor')}
          hint={t.value('kiosk.way.visitorHint')}
          step="visitor"
        />
      </ul>
      {/* The reversal entry shares the last line with the address and phone, so all three stay in view. */}
      <div class="kiosk-welcome__foot">
        <p class="kiosk-welcome__place">
          {site?.address && <span>{site.address}</span>}
          {site?.phone && <span>{t.value('kiosk.welcomePhone', { phone: site.phone })}</span>}
        </p>
        <ReversalButton
          large={false}
          onClick={() => goTo({ step: 'reversal', phase: 'kit', from: null, named: false })}
        />
      </div>
    </section>
  );
}

function Way(props: { icon: JSX.Element; label: string; hint: string; step: 'scan' | 'name' | 'visitor' }) {
  const hintId = useId();
  return (
    <li>
      <button
        type="button"
        class="kiosk-way"
        aria-describedby={hintId}
        // Name check-in may be resting after misses in a row: that step says so.
        onClick={() => (props.step === 'name' ? findName() : goTo({ step: props.step }))}
      >
        <span class="kiosk-way__icon">{props.icon}</span>
        <span class="kiosk-way__label">{props.label}</span>
        <span id={hintId} class="kiosk-way__hint">
          {props.hint}
        </span>
      </button>
    </li>
  );
}

/** "Find my name" (name-check-in.ts, with the other steps): the name step, or its rest after misses. */
function findName(): void {
  void kioskSteps
    .load()
    .then((steps) => steps.startNameCheckIn())
    .catch(() => undefined);
}
