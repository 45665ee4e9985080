/**
 * US Letter pages of member cards, 8 to a page (2 × 4) with 6 mm gutters and cut marks in the
 * margins. Ten to a page would leave only 4.7 mm at the top and bottom, less than many office
 * printers can print, so the outer cards would be cut off. Sizes are in mm in cards.css.
 */
import type { OpeningSlotValue } from '../core/ops/catalog.js';
import type { SiteFields } from '../core/ops/sites.js';
import { currentLanguage, hasLanguage, t, useMessages } from '../i18n/index.js';
import { formatHours } from '../ui/opening-hours.js';
import { CardFace } from './CardFace.js';
import type { PrintableCard } from './print-queue.js';

export const CARDS_PER_PAGE = 8;

// Page geometry in mm, mirrored in cards.css: where the cut marks go.
const PAGE = { width: 215.9, height: 279.4 };
const CARD = { width: 85.6, height: 54, gutter: 6 };
const LEFT = (PAGE.width - 2 * CARD.width - CARD.gutter) / 2;
const TOP = (PAGE.height - 4 * CARD.height - 3 * CARD.gutter) / 2;
const CUT_X = [0, 1].flatMap((column) => {
  const left = LEFT + column * (CARD.width + CARD.gutter);
  return [left, left + CARD.width];
});
const CUT_Y = [0, 1, 2, 3].flatMap((row) => {
  const top = TOP + row * (CARD.height + CARD.gutter);
  return [top, top + CARD.height];
});
const MARK = 8;

/** `site`: the site printing the cards, whose name, address, phone and hours they carry. */
export function CardSheet({
  cards,
  hours,
  site,
}: {
  cards: readonly PrintableCard[];
  hours: readonly OpeningSlotValue[];
  site: SiteFields;
}) {
  const pages: PrintableCard[][] = [];
  for (let index = 0; index < cards.length; index += CARDS_PER_PAGE)
    pages.push(cards.slice(index, index + CARDS_PER_PAGE));
  return (
    <section class="card-sheet" aria-label={t.value('cards.sheet')}>
      {pages.map((page, pageIndex) => (
        <div class="card-page" key={page[0]?.cardId ?? pageIndex}>
          <CutMarks />
          <div class="card-page__grid">
            {page.map((card) => {
              const language = hasLanguage(card.language) ? card.language : currentLanguage.value;
              return <CardInLanguage key={card.cardId} card={card} language={language} hours={hours} site={site} />;
            })}
          </div>
        </div>
      ))}
    </section>
  );
}

/**
 * A card in its own language: that language's card messages load first (the console has only its
 * own language's), so a card never prints in English for want of them.
 */
function CardInLanguage({
  card,
  language,
  hours,
  site,
}: {
  card: PrintableCard;
  language: string;
  hours: readonly OpeningSlotValue[];
  site: SiteFields;
}) {
  const ready = useMessages(language, ['cards']);
  if (!ready) return null;
  return <CardFace card={card} language={language} hours={formatHours(hours, language)} site={site} />;
}

/** Short lines in the margins, in line with every card edge, drawn in mm. */
function CutMarks() {
  return (
    <svg class="card-page__marks" viewBox={`0 0 ${PAGE.width} ${PAGE.height}`} aria-hidden="true">
      {CUT_X.map((x) => (
        <g key={`x${x}`}>
          <line x1={x} y1={TOP - MARK - 2} x2={x} y2={TOP - 2} />
          <line x1={x} y1={PAGE.height - TOP + 2} x2={x} y2={PAGE.height - TOP + MARK + 2} />
        </g>
      ))}
      {CUT_Y.map((y) => (
        <g key={`y${y}`}>
          <line x1={LEFT - MARK - 2} y1={y} x2={LEFT - 2} y2={y} />
          <line x1={PAGE.width - LEFT + 2} y1={y} x2={PAGE.width - LEFT + MARK + 2} y2={y} />
        </g>
      ))}
    </svg>
  );
}
