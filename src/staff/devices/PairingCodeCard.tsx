/**
 * A fresh pairing code shown big (XXXX-XXXX) with its QR code, the site the device will be at (when
 * the program has more than one) and when it stops working.
 * The QR opens the kiosk with the code filled in; typing it works just as well.
 */
import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '../../cards/QrCode.js';
import type { PairingCode } from '../../core/auth/api.js';
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import { formatTime } from '../../ui/format.js';
import { CheckIcon } from '../../ui/icons.js';
import { pairingLink } from '../../ui/pairing-link.js';
import { siteNameOf } from '../sites/site-names.js';
import { DEVICE_KIND } from './device-labels.js';
import './PairingCodeCard.css';

export function PairingCodeCard({
  pairing,
  sites,
  onDone,
}: {
  pairing: PairingCode;
  sites: readonly Site[];
  onDone: () => void;
}) {
  const [expired, setExpired] = useState(() => Date.parse(pairing.expiresAt) <= Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setExpired(true), Math.max(0, Date.parse(pairing.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [pairing.expiresAt]);

  return (
    <section class={`pairing-code${expired ? ' is-expired' : ''}`} aria-labelledby="pairing-code-title">
      <h3 id="pairing-code-title">
        {t.value('devices.code.title', { name: pairing.name, kind: t.value(DEVICE_KIND[pairing.role]) })}
      </h3>
      <div class="pairing-code__body">
        <div>
          <p class="pairing-code__code">{pairing.code}</p>
          {sites.length > 1 && (
            <p class="pairing-code__site">{t.value('devices.code.site', { site: siteNameOf(sites, pairing.site) })}</p>
          )}
          <p role="status">
            {expired
              ? t.value('devices.code.expired')
              : t.value('devices.code.validUntil', { time: formatTime(pairing.expiresAt) })}
          </p>
          <p class="pairing-code__how">
            {t.value(pairing.role === 'display' ? 'devices.code.howToDisplay' : 'devices.code.howTo')}
          </p>
        </div>
        {!expired && (
          <QrCode
            class="pairing-code__qr"
            text={pairingLink(window.location.origin, pairing.code, pairing.role)}
            label={t.value('devices.code.qrLabel', { code: pairing.code })}
          />
        )}
      </div>
      <button type="button" class="button" onClick={onDone}>
        <CheckIcon />
        {t.value('devices.code.done')}
      </button>
    </section>
  );
}
