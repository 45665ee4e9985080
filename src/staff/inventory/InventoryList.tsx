/** The stock list: every tracked item with on hand, minimum and status, and the way to a count. */
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { BoxIcon, ClipboardIcon, ListIcon } from '../../ui/icons.js';
import { workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { formatNumber } from './inventory-labels.js';
import { listStock } from './inventory-queries.js';
import { BOX_PATH, COUNT_PATH, itemHref, WALK_UP_PATH } from './inventory-routes.js';
import { StockStatusTag } from './StockStatusTag.js';
import { StockTable } from './StockTable.js';

export function InventoryList() {
  const site = workingSite.value;
  const loaded = useViews(() => listStock(site), `stock-list:${site}`);
  const language = currentLanguage.value;
  return (
    <>
      <div class="panel__heading">
        <h1>{t.value('inventory.title')}</h1>
        <div class="button-row">
          <a class="button button--primary" href={BOX_PATH}>
            <BoxIcon />
            {t.value('inventory.box.link')}
          </a>
          <a class="button" href={WALK_UP_PATH}>
            <ListIcon />
            {t.value('inventory.walkUp.link')}
          </a>
          <a class="button" href={COUNT_PATH}>
            <ClipboardIcon />
            {t.value('inventory.countLink')}
          </a>
        </div>
      </div>
      <p class="panel__lead">{t.value('inventory.lead')}</p>
      {loaded.status === 'failed' && <Alert message={t.value('inventory.loadFailed')} />}
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {loaded.status === 'ready' && loaded.value.length === 0 && <p>{t.value('inventory.none')}</p>}
      {loaded.status === 'ready' && loaded.value.length > 0 && (
        <StockTable
          caption={t.value('inventory.listTitle')}
          columns={
            <>
              <th scope="col" class="stock-table__number">
                {t.value('inventory.col.minimum')}
              </th>
              <th scope="col">{t.value('inventory.col.status')}</th>
            </>
          }
        >
          {loaded.value.map(({ item, onHand, status }) => (
            <tr key={item.id} class={`stock-row stock-row--${status}`}>
              <th scope="row">
                <a class="stock-link" href={itemHref(item.id)}>
                  {itemName(item, language)}
                </a>
                {item.retired && <span class="tag">{t.value('inventory.retired')}</span>}
              </th>
              <td class="stock-table__number">{formatNumber(onHand)}</td>
              <td class="stock-table__number">
                {item.minimum === null ? t.value('inventory.noMinimum') : formatNumber(item.minimum)}
              </td>
              <td>
                <StockStatusTag status={status} />
              </td>
            </tr>
          ))}
        </StockTable>
      )}
    </>
  );
}
