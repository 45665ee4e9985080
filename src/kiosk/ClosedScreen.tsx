/** Outside opening hours: closed, when it opens next, and where and how to reach this kiosk's site. */
import type { Site } from '../core/sites/sites.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatOpening } from '../ui/format.js';
import { ClockIcon, MapPinIcon, PhoneIcon } from '../ui/icons.js';
import './ClosedScreen.css';

export function ClosedScreen(props: { nextOpening: Date | null; hours: string; site: Site | null }) {
  const { nextOpening, hours, site } = props;
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
        {/* A new site's details may not have reached the tablet yet: better no address than another site's. */}
        {site?.address && (
          <div>
            <dt>
              <MapPinIcon size={28} />
              {t.value('kiosk.closed.address')}
            </dt>
            <dd>{site.address}</dd>
          </div>
        )}
        {site?.phone && (
          <div>
            <dt>
              <PhoneIcon size={28} />
              {t.value('kiosk.closed.phone')}
            </dt>
            <dd>
              <a href={phoneLink(site.phone)}>{site.phone}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** A `tel:` link for a phone as people write it ("323-952-6099"); US numbers of ten digits get +1. */
function phoneLink(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${/^\d{10}$/.test(digits) ? `+1${digits}` : digits}`;
}
