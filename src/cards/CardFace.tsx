/**
 * One member card, credit-card size (85.6 × 54 mm): the QR code (error correction Q, over 25 mm
 * without its quiet zone), the preferred name, the program and how to reach the center. No id,
 * no last name, no birth date: a lost card tells a finder nothing else.
 */
import { CENTER } from '../core/center.js';
import { translate } from '../i18n/index.js';
import type { PrintableCard } from './print-queue.js';
import { QrCode } from './QrCode.js';

export function CardFace({ card, language, hours }: { card: PrintableCard; language: string; hours: string }) {
  return (
    <article class="member-card" lang={language} data-participant={card.participantId}>
      <QrCode
        class="member-card__qr"
        text={card.token}
        errorCorrectionLevel="Q"
        label={translate(language, 'cards.qrLabel', { name: card.preferredName })}
      />
      <div class="member-card__text">
        <p class="member-card__program">{CENTER.programName}</p>
        <p class="member-card__kind">{translate(language, 'cards.memberCard')}</p>
        <p class="member-card__name">{card.preferredName}</p>
        <p class="member-card__contact">
          {CENTER.address}
          <br />
          {CENTER.phone}
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
