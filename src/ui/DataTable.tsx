/** A table with a caption for screen readers, column headers and an unlabelled actions column. */
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { TableWrap } from './TableWrap.js';

export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: MessageKey;
  columns: readonly MessageKey[];
  children: ComponentChildren;
}) {
  return (
    <TableWrap>
      <table class="table">
        <caption class="visually-hidden">{t.value(caption)}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t.value(column)}
              </th>
            ))}
            <th scope="col">
              <span class="visually-hidden">{t.value('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}
