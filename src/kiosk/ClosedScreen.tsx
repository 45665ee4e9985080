/** Outside opening hours: closed, when it opens next, and where and how to reach the center. */
import { CENTER } from '../core/center.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatOpening } from '../ui/format.js';
import { ClockIcon, MapPinIcon, PhoneIcon } from '../ui/icons.js';
import './ClosedScreen.css';

export function ClosedScreen({ nextOpening, hours }: { nextOpening: Date | null; hours: string }) {
  const when = nextOpening ? formatOpening(nextOpening, currentLanguage.value) : null;
  return (
    <section class="kiosk-welcome kiosk-closed" aria-labelledby="kiosk-closed-title">
      <h1 id="kiosk-closed-title" tabIndex={-1}>
        {t.value('kiosk.closed.title')}
      </h1>
      <p class="kiosk-welcome__lead">
        {when ? t.value('kiosk.closed.next', { when }) : t.value('kiosk.closed.noNext')}
      </p>
      <dl class="kiosk-closed__details">
        <div>
          <dt>
            <ClockIcon size={28} />
            {t.value('kiosk.closed.hours')}
          </dt>
          <dd>{hours}</dd>
        </div>
        <div>
          <dt>
            <MapPinIcon size={28} />
            {t.value('kiosk.closed.address')}
          </dt>
          <dd>{CENTER.address}</dd>
        </div>
        <div>
          <dt>
            <PhoneIcon size={28} />
            {t.value('kiosk.closed.phone')}
          </dt>
          <dd>
            <a href={`tel:+1${CENTER.phone.replaceAll('-', '')}`}>{CENTER.phone}</a>
          </dd>
        </div>
      </dl>
    </section>
  );
}
