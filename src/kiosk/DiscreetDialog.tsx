/**
 * The health and safety supplies, in a smaller modal dialog of their own (focus kept inside,
 * Escape closes, focus returns to the tile that opened it). Choosing one closes it; Done too.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { NeedTile as Tile } from '../core/kiosk/needs.js';
import { t } from '../i18n/index.js';
import { DoneIcon } from '../ui/action-icons.js';
import { lastInteractionAt } from '../ui/idle.js';
import { idleCountdown } from './IdleGuard.js';
import { NeedTile } from './NeedTile.js';
import './DiscreetDialog.css';

export interface DiscreetDialogProps {
  readonly tiles: readonly Tile[];
  readonly chosen: ReadonlyMap<string, number>;
  onQuantity(itemId: string, quantity: number): void;
  onClose(): void;
}

export function DiscreetDialog({ tiles, chosen, onQuantity, onClose }: DiscreetDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    // A modal dialog would hide "Are you still there?" behind it: it steps aside when that shows.
    const idle = setInterval(() => {
      if (idleCountdown(Date.now() - lastInteractionAt.peek()) !== null) element?.close();
    }, 500);
    return () => {
      clearInterval(idle);
      if (element?.open) element.close();
      opener?.focus();
    };
  }, []);
  // One tap choosing a supply is the choice: the dialog closes and the list says "(1)". A − / +
  // change keeps it open (someone counting two kits is still deciding) until Done.
  const choose = (itemId: string, quantity: number) => {
    const before = chosen.get(itemId) ?? 0;
    onQuantity(itemId, quantity);
    if (before === 0 && quantity > 0) dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      class="kiosk-discreet-dialog"
      aria-labelledby="kiosk-discreet-title"
      aria-describedby="kiosk-discreet-lead"
      onClose={onClose}
    >
      <h2 id="kiosk-discreet-title">{t.value('kiosk.needs.discreet')}</h2>
      <p id="kiosk-discreet-lead">{t.value('kiosk.needs.discreetPrivate')}</p>
      <ul class="kiosk-discreet-dialog__tiles">
        {tiles.map((tile) => (
          <li key={tile.item.id}>
            <NeedTile
              tile={tile}
              compact
              quantity={chosen.get(tile.item.id) ?? 0}
              onQuantity={(quantity) => choose(tile.item.id, quantity)}
            />
          </li>
        ))}
      </ul>
      <button type="button" class="button button--large" onClick={() => dialog.current?.close()}>
        <DoneIcon size={28} />
        {t.value('kiosk.needs.discreetClose')}
      </button>
    </dialog>
  );
}
