/**
 * One group's page inside the needs step: its heading and every one of its tiles in view (compact
 * when there are many, like the case-manager topics). Back to all choices sits in the action bar.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { NeedGroup } from '../core/kiosk/need-groups.js';
import { t } from '../i18n/index.js';
import { NeedTile } from './NeedTile.js';
import { GROUP_TITLE } from './need-group-words.js';
import { TileGrid } from './TileGrid.js';

/** More tiles than this on one page, and each is drawn compact so they all fit. */
const ROOMY_TILES = 6;

export interface NeedGroupPageProps {
  readonly group: NeedGroup;
  readonly chosen: ReadonlyMap<string, number>;
  onQuantity(itemId: string, quantity: number): void;
}

export function NeedGroupPage({ group, chosen, onQuantity }: NeedGroupPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed without a new step: its heading takes the focus, as a new screen's would.
  useEffect(() => heading.current?.focus(), []);
  const compact = group.tiles.length > ROOMY_TILES;
  return (
    <>
      <h1 id="kiosk-needs-title" class="kiosk-needs__title" tabIndex={-1} ref={heading}>
        {t.value(GROUP_TITLE[group.group])}
      </h1>
      <TileGrid count={group.tiles.length} class="kiosk-needs__tiles">
        {group.tiles.map((tile) => (
          <li key={tile.item.id}>
            <NeedTile
              tile={tile}
              compact={compact}
              quantity={chosen.get(tile.item.id) ?? 0}
              onQuantity={(quantity) => onQuantity(tile.item.id, quantity)}
            />
          </li>
        ))}
      </TileGrid>
    </>
  );
}
