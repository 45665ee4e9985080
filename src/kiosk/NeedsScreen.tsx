/**
 * "What do you need today?": tiles from the catalog; harm-reduction supplies behind one neutral
 * "health and safety supplies" tile; case-manager topics in their own group. Sending records one
 * request for the visit.
 */
import { useId, useState } from 'preact/hooks';
import { needTiles, requestedItems, type NeedTile as Tile } from '../core/kiosk/needs.js';
import { t } from '../i18n/index.js';
import { ItemIcon } from '../ui/item-icons.js';
import type { PendingVisit } from './flow.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import { NeedTile } from './NeedTile.js';
import type { KioskData } from './useKioskData.js';
import './NeedsScreen.css';

export interface NeedsScreenProps {
  readonly visit: PendingVisit;
  readonly data: KioskData;
  onSend(items: ReturnType<typeof requestedItems>, tiles: readonly Tile[]): void;
  /** Back to where they checked in from; nothing has been recorded yet. */
  onBack(): void;
  /** Back to welcome, recording nothing. */
  onStartOver(): void;
}

export function NeedsScreen({ visit, data, onSend, onBack, onStartOver }: NeedsScreenProps) {
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map());
  const [busy, setBusy] = useState(false);
  const tiles = needTiles(data.items, data.onHand, visit.asked);
  const items = requestedItems(tiles, chosen);
  const choose = (itemId: string, quantity: number) =>
    setChosen((before) => new Map(before).set(itemId, Math.max(0, quantity)));
  const tileFor = (tile: Tile) => (
    <li key={tile.item.id}>
      <NeedTile tile={tile} quantity={chosen.get(tile.item.id) ?? 0} onQuantity={(q) => choose(tile.item.id, q)} />
    </li>
  );
  const main = tiles.filter((tile) => tile.group === 'main');
  const discreet = tiles.filter((tile) => tile.group === 'discreet');
  const caseManager = tiles.filter((tile) => tile.group === 'caseManager');
  const send = () => {
    if (busy) return;
    setBusy(true);
    onSend(items, tiles);
  };
  return (
    <section class="kiosk-screen kiosk-needs" aria-labelledby="kiosk-needs-title">
      <p class="kiosk-greeting">
        {visit.name ? t.value('kiosk.needs.greeting', { name: visit.name }) : t.value('kiosk.needs.greetingAnon')}
      </p>
      <h1 id="kiosk-needs-title" tabIndex={-1}>
        {t.value('kiosk.needs.title')}
      </h1>
      <p class="kiosk-lead">{visit.again ? t.value('kiosk.needs.again') : t.value('kiosk.needs.lead')}</p>
      <ul class="kiosk-tiles">
        {main.map(tileFor)}
        {discreet.length > 0 && (
          <li class="kiosk-tiles__wide">
            <DiscreetGroup chosen={discreet.reduce((sum, tile) => sum + (chosen.get(tile.item.id) ?? 0), 0)}>
              <ul class="kiosk-tiles">{discreet.map(tileFor)}</ul>
            </DiscreetGroup>
          </li>
        )}
      </ul>
      {caseManager.length > 0 && (
        <section class="kiosk-group" aria-labelledby="kiosk-case-manager">
          <h2 id="kiosk-case-manager">{t.value('kiosk.needs.caseManager')}</h2>
          <ul class="kiosk-tiles kiosk-tiles--topics">{caseManager.map(tileFor)}</ul>
        </section>
      )}
      <div class="kiosk-actions kiosk-actions--sticky">
        <BackButton onClick={onBack} />
        <StartOverButton onClick={onStartOver} />
        {items.length > 0 ? (
          <>
            <span class="kiosk-chosen" aria-live="polite">
              {t.value('kiosk.needs.chosen', { count: items.length })}
            </span>
            <button type="button" class="button button--large button--primary" disabled={busy} onClick={send}>
              {busy ? t.value('kiosk.needs.sending') : t.value('kiosk.needs.send')}
            </button>
          </>
        ) : (
          <button type="button" class="button button--large" disabled={busy} onClick={send}>
            {t.value('kiosk.needs.nothing')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The neutral tile: opens in place to show the supplies, and shows only a count when closed. */
function DiscreetGroup({ chosen, children }: { chosen: number; children: preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div class={`kiosk-tile kiosk-discreet${chosen > 0 ? ' is-chosen' : ''}`}>
      <button
        type="button"
        class="kiosk-tile__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <ItemIcon name="health" />
        <span class="kiosk-tile__name">{t.value('kiosk.needs.discreet')}</span>
        <span class="kiosk-tile__note">
          {chosen > 0 ? t.value('kiosk.needs.chosen', { count: chosen }) : t.value('kiosk.needs.discreetHint')}
        </span>
      </button>
      <div id={panelId} class="kiosk-discreet__panel" hidden={!open}>
        {children}
        <button type="button" class="button button--large" onClick={() => setOpen(false)}>
          {t.value('kiosk.needs.discreetClose')}
        </button>
      </div>
    </div>
  );
}
