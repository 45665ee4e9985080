/**
 * /staff/cards/print?participants=<id>,<id>&reason=new|reissued|lost — makes new member cards
 * (revoking each person's working card in the same transaction) and shows the sheet to print.
 * The codes live only in memory on this page: printing again later means new cards.
 */
import { useEffect, useState } from 'preact/hooks';
import { CardSheet } from '../../cards/CardSheet.js';
import { currentParticipant, settingsOf } from '../../core/fold/selectors.js';
import type { ParticipantView } from '../../core/fold/views.js';
import type { OpeningSlotValue } from '../../core/ops/catalog.js';
import type { SiteFields } from '../../core/ops/sites.js';
import { DEFAULT_SITE_ID } from '../../core/sites/site.js';
import { CENTER_SITE, siteDetails } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { issueCards } from '../participants/participant-actions.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import '../../cards/cards.css';
import { cardsToPrint } from '../../cards/print-queue.js';

interface Chosen {
  readonly id: string;
  readonly name: string | null;
  readonly hasWorkingCard: boolean;
}

/** The ids and reason in the page's address (ids are opaque; tokens never go in a URL). */
export function printRequestFrom(search: string): { ids: string[]; reason: 'new' | 'reissued' | 'lost' } {
  const params = new URLSearchParams(search);
  const ids = [...new Set((params.get('participants') ?? '').split(','))].filter((id) =>
    /^[A-Za-z0-9_-]{8,64}$/.test(id),
  );
  const reason = params.get('reason');
  return { ids, reason: reason === 'lost' || reason === 'reissued' ? reason : 'new' };
}

export function PrintCardsPage() {
  const { ids, reason } = printRequestFrom(location.search);
  const [chosen, setChosen] = useState<Chosen[] | null>(null);
  const [hours, setHours] = useState<readonly OpeningSlotValue[]>([]);
  const [site, setSite] = useState<SiteFields | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const printed = cardsToPrint.value;
  // Cards are made only for people this device knows; an unknown id in the address is listed, not waited for.
  const known = chosen?.filter((person) => person.name !== null).map((person) => person.id) ?? [];
  const ready =
    printed.length > 0 &&
    sameIds(
      printed.map((card) => card.participantId),
      known,
    )
      ? printed
      : null;

  // Leaving the page forgets the codes: they exist only for this sheet.
  useEffect(
    () => () => {
      cardsToPrint.value = [];
    },
    [],
  );

  useEffect(() => {
    void appOpStore().then(async (store) => {
      const views = await store.allViews();
      // A card gives the name, address, phone and hours of the site printing it.
      setHours(settingsOf(views, workingSite.peek()).hours);
      setSite(siteDetails(views, workingSite.peek()) ?? siteDetails(views, DEFAULT_SITE_ID));
      setChosen(
        ids.map((id) => {
          const view = views.get(`participant:${id}`) as ParticipantView | undefined;
          const participant = view ? currentParticipant(view) : null;
          const initial = participant?.lastName ? ` ${Array.from(participant.lastName)[0]?.toUpperCase()}.` : '';
          return {
            id,
            name: participant ? `${participant.preferredName}${initial}` : null,
            hasWorkingCard: Object.values(view?.cards ?? {}).some((card) => card.issued && !card.revoked),
          };
        }),
      );
    });
  }, [ids.join(',')]);

  async function makeCards() {
    setBusy(true);
    setError(null);
    const result = await issueCards(known, reason === 'lost' ? 'lost' : 'reissued');
    setBusy(false);
    if (!result.ok) return setError(describeActionFailure(result));
    cardsToPrint.value = result.value;
  }

  return (
    <div class="print-cards">
      <h1>{t.value('cards.title')}</h1>
      <p>{t.value('cards.lead')}</p>
      {ids.length === 0 && <p>{t.value('cards.none')}</p>}
      {!ready && chosen && chosen.length > 0 && (
        <section class="panel" aria-labelledby="cards-for">
          <h2 id="cards-for">{t.value('cards.for')}</h2>
          <ul class="print-cards__people">
            {chosen.map((person) => (
              <li key={person.id}>
                <strong>{person.name ?? t.value('cards.unknown')}</strong>
                {person.hasWorkingCard && <span> — {t.value('cards.hasCard')}</span>}
              </li>
            ))}
          </ul>
          {reason === 'lost' && <p>{t.value('cards.lostNote')}</p>}
          <Alert message={error} />
          <button
            type="button"
            class="button button--primary"
            disabled={busy || known.length === 0}
            onClick={() => void makeCards()}
          >
            {t.value(busy ? 'cards.making' : 'cards.make')}
          </button>
        </section>
      )}
      {ready && (
        <>
          <Notice message={t.value('cards.made', { count: ready.length })} />
          <p>{t.value('cards.printHint')}</p>
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {t.value('cards.print')}
          </button>
          <div class="card-sheet-preview">
            <CardSheet cards={ready} hours={hours} site={site ?? CENTER_SITE} />
          </div>
        </>
      )}
      <p>
        <a href="/staff/participants">{t.value('cards.back')}</a>
      </p>
    </div>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}
