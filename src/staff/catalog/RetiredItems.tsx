/** Retired items: not on the kiosks, kept with their history, each one a button away from coming back. */
import type { CatalogItem } from '../../core/fold/selectors.js';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { DataTable } from '../../ui/DataTable.js';
import { CATEGORY_LABEL, KIND_LABEL } from './catalog-labels.js';
import { ItemNames } from './ItemNames.js';

const COLUMNS = ['catalog.col.name', 'catalog.col.kind', 'catalog.col.category'] as const;

export function RetiredItems({
  items,
  busy,
  onBringBack,
}: {
  items: readonly CatalogItem[];
  busy: boolean;
  onBringBack: (item: CatalogItem) => void;
}) {
  return (
    <section class="panel" aria-labelledby="catalog-retired-title">
      <h2 id="catalog-retired-title">{t.value('catalog.retired.title')}</h2>
      <p class="panel__lead">{t.value('catalog.retired.lead')}</p>
      {items.length === 0 ? (
        <p>{t.value('catalog.retired.none')}</p>
      ) : (
        <DataTable caption="catalog.retired.caption" columns={COLUMNS}>
          {items.map((item) => (
            <tr key={item.id} class="is-revoked">
              <th scope="row">
                <ItemNames item={item} />
              </th>
              <td>{t.value(KIND_LABEL[item.kind])}</td>
              <td>{t.value(CATEGORY_LABEL[item.category])}</td>
              <td class="table__actions">
                <button type="button" class="button" disabled={busy} onClick={() => onBringBack(item)}>
                  {t.value('catalog.bringBack')}
                  <span class="visually-hidden"> {itemName(item, currentLanguage.value)}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
