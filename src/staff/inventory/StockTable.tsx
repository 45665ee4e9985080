/** The stock table both the list and the count form show: item and on hand, then their own columns. */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/index.js';

export function StockTable(props: {
  caption: string;
  /** The header cells after "Item" and "On hand". */
  columns: ComponentChildren;
  /** One `<tr>` per item. */
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class="table stock-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value('inventory.col.item')}</th>
            <th scope="col" class="stock-table__number">
              {t.value('inventory.col.onHand')}
            </th>
            {props.columns}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
