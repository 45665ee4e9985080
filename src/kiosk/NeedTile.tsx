/**
 * One tile on "What do you need today?": a picture and a name. One-of things toggle; things that
 * come in numbers get − and + up to the limit; unavailable things stay visible and say why.
 */
import type { NeedTile as Tile } from '../core/kiosk/needs.js';
import { itemName } from '../core/kiosk/needs.js';
import { currentLanguage, t } from '../i18n/index.js';
import { CheckIcon } from '../ui/icons.js';
import { ItemIcon } from '../ui/item-icons.js';
import './NeedTile.css';

export interface NeedTileProps {
  readonly tile: Tile;
  readonly quantity: number;
  /** Smaller picture and type, picture beside the name: for pages with many tiles and the discreet overlay. */
  readonly compact?: boolean;
  onQuantity(quantity: number): void;
}

export function NeedTile({ tile, quantity, compact = false, onQuantity }: NeedTileProps) {
  const name = itemName(tile.item, currentLanguage.value);
  const size = compact ? 'kiosk-tile--compact ' : '';
  const iconSize = compact ? 32 : 48;
  if (tile.availability !== 'available') {
    return (
      <div class={`kiosk-tile ${size}is-unavailable`}>
        <ItemIcon name={tile.item.icon} size={iconSize} />
        <span class="kiosk-tile__name">{name}</span>
        <span class="kiosk-tile__note">
          {t.value(tile.availability === 'out' ? 'kiosk.needs.unavailable' : 'kiosk.needs.limitReached')}
        </span>
      </div>
    );
  }
  const chosen = quantity > 0;
  const toggle = (
    <button type="button" class="kiosk-tile__toggle" aria-pressed={chosen} onClick={() => onQuantity(chosen ? 0 : 1)}>
      <ItemIcon name={tile.item.icon} size={iconSize} />
      <span class="kiosk-tile__name">{name}</span>
      {chosen && (
        <span class="kiosk-tile__check">
          <CheckIcon />
        </span>
      )}
    </button>
  );
  const classes = `kiosk-tile ${size}${chosen ? 'is-chosen' : ''}`;
  if (tile.max === 1) return <div class={classes}>{toggle}</div>;
  return (
    <div class={classes}>
      {toggle}
      {chosen ? (
        <div class="kiosk-stepper">
          <button
            type="button"
            aria-label={t.value('kiosk.needs.less', { item: name })}
            onClick={() => onQuantity(quantity - 1)}
          >
            −
          </button>
          <output aria-live="polite" aria-label={t.value('kiosk.needs.quantity', { count: quantity, item: name })}>
            {quantity}
          </output>
          <button
            type="button"
            aria-label={t.value('kiosk.needs.more', { item: name })}
            disabled={quantity >= tile.max}
            onClick={() => onQuantity(Math.min(tile.max, quantity + 1))}
          >
            +
          </button>
        </div>
      ) : (
        <span class="kiosk-tile__note">{t.value('kiosk.needs.upTo', { count: tile.max })}</span>
      )}
    </div>
  );
}
