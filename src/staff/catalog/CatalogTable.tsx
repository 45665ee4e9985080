/**
 * The items on the kiosk, in kiosk order: names, kind, category, per-visit limit, discreet, and
 * buttons to move each one up or down. The moved item's button keeps the keyboard focus.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CatalogItem } from '../../core/fold/selectors.js';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { DataTable } from '../../ui/DataTable.js';
import { CATEGORY_LABEL, itemHref, KIND_LABEL } from './catalog-labels.js';
import { ItemNames } from './ItemNames.js';

const COLUMNS = [
  'catalog.col.name',
  'catalog.col.kind',
  'catalog.col.category',
  'catalog.col.limit',
  'catalog.col.discreet',
] as const;

type Direction = 'up' | 'down';

export function limitLabel(item: CatalogItem): string {
  if (item.kind === 'service') return t.value('catalog.limit.service');
  return item.perVisitLimit === null ? t.value('catalog.limit.none') : String(item.perVisitLimit);
}

export function CatalogTable({
  items,
  onMove,
}: {
  items: readonly CatalogItem[];
  /** Ignored by the page while a move is being saved (the buttons stay enabled to keep the focus). */
  onMove: (itemId: string, direction: Direction) => void;
}) {
  const moved = useRef<{ itemId: string; direction: Direction } | null>(null);
  // Reordering rows can drop the focus: put it back on the button that was pressed, or on the
  // other one when the item has reached the top or the bottom.
  useEffect(() => {
    const last = moved.current;
    moved.current = null;
    // Only when the focus was dropped: someone who has moved on elsewhere keeps their place.
    if (!last || (document.activeElement && document.activeElement !== document.body)) return;
    const button = (direction: Direction) =>
      document.getElementById(`catalog-move-${direction}-${last.itemId}`) as HTMLButtonElement | null;
    const same = button(last.direction);
    (same && !same.disabled ? same : button(last.direction === 'up' ? 'down' : 'up'))?.focus();
  }, [items]);

  const move = (itemId: string, direction: Direction) => {
    moved.current = { itemId, direction };
    onMove(itemId, direction);
  };

  return (
    <DataTable caption="catalog.items.caption" columns={COLUMNS}>
      {items.map((item, index) => {
        const name = itemName(item, currentLanguage.value);
        return (
          <tr key={item.id}>
            <th scope="row">
              <ItemNames item={item} />
            </th>
            <td>{t.value(KIND_LABEL[item.kind])}</td>
            <td>{t.value(CATEGORY_LABEL[item.category])}</td>
            <td>{limitLabel(item)}</td>
            <td>{t.value(item.discreet ? 'catalog.yes' : 'catalog.no')}</td>
            <td class="table__actions">
              <div class="catalog-actions">
                <a class="button" href={itemHref(item.id)}>
                  {t.value('catalog.edit')}
                  <span class="visually-hidden"> {name}</span>
                </a>
                <button
                  type="button"
                  id={`catalog-move-up-${item.id}`}
                  class="button catalog-move"
                  title={t.value('catalog.moveUp')}
                  disabled={index === 0}
                  onClick={() => move(item.id, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                  <span class="visually-hidden">
                    {t.value('catalog.moveUp')} {name}
                  </span>
                </button>
                <button
                  type="button"
                  id={`catalog-move-down-${item.id}`}
                  class="button catalog-move"
                  title={t.value('catalog.moveDown')}
                  disabled={index === items.length - 1}
                  onClick={() => move(item.id, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                  <span class="visually-hidden">
                    {t.value('catalog.moveDown')} {name}
                  </span>
                </button>
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
