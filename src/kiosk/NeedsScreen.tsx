/**
 * "What do you need today?": every group as a big tile on one screen, each group's items on a
 * short page of its own (the discreet supplies in a small overlay), and the person's list and Send
 * always in view. Sending records one request for the visit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { needGroups } from '../core/kiosk/need-groups.js';
import { needTiles, requestedItems, type NeedTile as Tile, type TileGroup } from '../core/kiosk/needs.js';
import { currentLanguage, t } from '../i18n/index.js';
import { BackIcon, NothingIcon, SendIcon, StartOverIcon } from '../ui/action-icons.js';
import { listLines } from './asked-words.js';
import { DiscreetDialog } from './DiscreetDialog.js';
import type { PendingVisit } from './flow.js';
import { NeedGroupPage } from './NeedGroupPage.js';
import { NeedGroups } from './NeedGroups.js';
import { NeedsList } from './NeedsList.js';
import { ReversalButton } from './ReversalButton.js';
import type { KioskData } from './useKioskData.js';
import './NeedsScreen.css';

export interface NeedsScreenProps {
  readonly visit: PendingVisit;
  readonly data: KioskData;
  onSend(items: ReturnType<typeof requestedItems>, tiles: readonly Tile[]): void;
  /** The step before this one. */
  onBack(): void;
  /** Back to welcome, forgetting the person. */
  onStartOver(): void;
  /** "I used naloxone to help someone" (issue 16). */
  onReversal(): void;
}

export function NeedsScreen({ visit, data, onSend, onBack, onStartOver, onReversal }: NeedsScreenProps) {
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map());
  const [busy, setBusy] = useState(false);
  // The group whose page (or overlay) is open; null on the first screen of groups.
  const [open, setOpen] = useState<TileGroup | null>(null);
  const tiles = needTiles(data.items, data.onHand, visit.asked);
  const items = requestedItems(tiles, chosen);
  const groups = needGroups(tiles, chosen);
  const page = open && open !== 'healthSafety' ? groups.find((group) => group.group === open) : undefined;
  const discreet = open === 'healthSafety' ? groups.find((group) => group.group === open) : undefined;
  const choose = (itemId: string, quantity: number) =>
    setChosen((before) => new Map(before).set(itemId, Math.max(0, quantity)));
  const backToGroups = useBackToGroups(open, setOpen);
  const send = () => {
    if (busy) return;
    setBusy(true);
    onSend(items, tiles);
  };
  return (
    <section class="kiosk-screen kiosk-needs" aria-labelledby="kiosk-needs-title">
      <div class="kiosk-needs__main">
        {page ? (
          <NeedGroupPage key={page.group} group={page} chosen={chosen} onQuantity={choose} />
        ) : (
          <>
            <p class="kiosk-greeting">
              {visit.name ? t.value('kiosk.needs.greeting', { name: visit.name }) : t.value('kiosk.needs.greetingAnon')}
            </p>
            <h1 id="kiosk-needs-title" class="kiosk-needs__title" tabIndex={-1}>
              {t.value('kiosk.needs.title')}
            </h1>
            <p class="kiosk-lead">{visit.again ? t.value('kiosk.needs.again') : t.value('kiosk.needs.lead')}</p>
            <NeedGroups groups={groups} onOpen={setOpen} />
          </>
        )}
      </div>
      <NeedsList lines={listLines(items, tiles, currentLanguage.value)} />
      <div class="kiosk-needs__nav">
        {page ? (
          <button type="button" class="button button--large" onClick={backToGroups}>
            <BackIcon size={28} />
            {t.value('kiosk.needs.backToGroups')}
          </button>
        ) : (
          <button type="button" class="button button--large" onClick={onBack}>
            <BackIcon size={28} />
            {t.value('kiosk.back')}
          </button>
        )}
        <button type="button" class="button button--large" onClick={onStartOver}>
          <StartOverIcon size={28} />
          {t.value('kiosk.startOver')}
        </button>
      </div>
      <div class="kiosk-needs__send">
        {items.length > 0 ? (
          <button type="button" class="button button--large button--primary" disabled={busy} onClick={send}>
            <SendIcon size={28} />
            {busy ? t.value('kiosk.needs.sending') : t.value('kiosk.needs.send')}
          </button>
        ) : (
          <button type="button" class="button button--large" disabled={busy} onClick={send}>
            <NothingIcon size={28} />
            {t.value('kiosk.needs.nothing')}
          </button>
        )}
      </div>
      {!page && (
        <div class="kiosk-needs__reversal">
          <ReversalButton onClick={onReversal} />
        </div>
      )}
      {discreet && (
        <DiscreetDialog tiles={discreet.tiles} chosen={chosen} onQuantity={choose} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}

/** Closes a group's page and gives the focus back to that group's tile, where the person left. */
function useBackToGroups(open: TileGroup | null, setOpen: (group: TileGroup | null) => void): () => void {
  const returnTo = useRef<TileGroup | null>(null);
  useEffect(() => {
    if (open !== null || returnTo.current === null) return;
    document.querySelector<HTMLElement>(`.kiosk-group-tile[data-group="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [open]);
  return () => {
    returnTo.current = open;
    setOpen(null);
  };
}
