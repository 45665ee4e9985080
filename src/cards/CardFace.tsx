/**
 * One member card, credit-card size (85.6 × 54 mm): the QR code (error correction Q, over 25 mm
 * without its quiet zone), the preferred name, the site that printed it and how to reach it (the
 * card works at every site of the program). No id, no last name, no birth date: a lost card tells
 * a finder nothing else.
 */
import type { SiteFields } from '../core/ops/sites.js';
import { translate } from '../i18n/index.js';
import type { PrintableCard } from './print-queue.js';
import { QrCode } from './QrCode.js';

export function CardFace({
  card,
  language,
  hours,
  site,
}: {
  card: PrintableCard;
  language: string;
  hours: string;
  site: SiteFields;
}) {
  return (
    <article class="member-card" lang={language} data-participant={card.participantId}>
      <QrCode
        class="member-card__qr"
        text={card.token}
        errorCorrectionLevel="Q"
        label={translate(language, 'cards.qrLabel', { name: card.preferredName })}
      />
      <div class="member-card__text">
        <p class="member-card__program">{site.name}</p>
        <p class="member-card__kind">{translate(language, 'cards.memberCard')}</p>
        <p class="member-card__name">{card.preferredName}</p>
        <p class="member-card__contact">
          {site.address}
          <br />
          {site.phone}
          {hours && (
            <>
              <br />
              {translate(language, 'cards.hours', { hours })}
            </>
          )}
        </p>
      </div>
    </article>
  );
}
