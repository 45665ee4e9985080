/**
 * Member cards issued to one participant, newest first, and the ways to a new one. The print page
 * issues the new card and revokes the old one; here we only say why (reissued or lost).
 */
import { t } from '../../i18n/index.js';
import { IdCardIcon } from '../../ui/icons.js';
import { formatDateOf } from './dates.js';
import { CARD_REVOKED_REASON, printCardsHref } from './participant-labels.js';
import type { CardSummary } from './participant-queries.js';

export function CardsPanel({ participantId, cards }: { participantId: string; cards: readonly CardSummary[] }) {
  const hasWorkingCard = cards.some((card) => card.issued !== null && card.revoked === null);
  return (
    <section class="panel" aria-labelledby="cards-title">
      <h2 id="cards-title">{t.value('participants.cards')}</h2>
      {cards.length === 0 ? (
        <p>{t.value('participants.cards.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t.value('participants.cards')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.value('participants.cards.col.issued')}</th>
                <th scope="col">{t.value('participants.cards.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((card) => (
                <tr key={card.cardId} class={card.revoked ? 'is-revoked' : undefined}>
                  <th scope="row">{formatDateOf(card.issued?.at, '—')}</th>
                  <td>
                    {card.revoked ? (
                      t.value('participants.cards.revoked', {
                        date: formatDateOf(card.revoked.at),
                        reason: t.value(CARD_REVOKED_REASON[card.revoked.reason] ?? 'participants.cards.reason.other'),
                      })
                    ) : (
                      <span class="status status--on">{t.value('participants.cards.working')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="button-row">
        {cards.length === 0 ? (
          <a class="button button--primary" href={printCardsHref([participantId], 'new')}>
            <IdCardIcon />
            {t.value('participants.printFirstCard')}
          </a>
        ) : (
          <a class="button" href={printCardsHref([participantId], 'reissued')}>
            <IdCardIcon />
            {t.value('participants.cards.printNew')}
          </a>
        )}
        {hasWorkingCard && (
          <a class="button" href={printCardsHref([participantId], 'lost')} aria-describedby="card-lost-hint">
            <IdCardIcon />
            {t.value('participants.cards.lost')}
          </a>
        )}
      </div>
      {hasWorkingCard && (
        <p id="card-lost-hint" class="field__hint">
          {t.value('participants.cards.lostHint')}
        </p>
      )}
    </section>
  );
}
