/**
 * A report table: shown behind "Show as table" under a chart (or open when there is no chart),
 * in the page's language, with a link to the same figures as a CSV file made by the server.
 */
import type { DayRange } from '../../core/reports/range.js';
import type { ReportTable, TableRows } from '../../core/reports/tables.js';
import { t } from '../../i18n/index.js';
import { rangeQuery } from '../../sync/reports-api.js';
import { TableWrap } from '../../ui/TableWrap.js';
import { reportSite } from './report-site.js';
import { localizeRows } from './report-text.js';

export interface ReportTableViewProps {
  readonly caption: string;
  readonly table: ReportTable;
  readonly rows: TableRows;
  readonly range: DayRange;
  /** Behind a "Show as table" toggle (under a chart), or shown at once. */
  readonly toggle: boolean;
}

export function ReportTableView({ caption, table, rows, range, toggle }: ReportTableViewProps) {
  const [header = [], ...body] = localizeRows(rows);
  const content = (
    <>
      {body.length === 0 ? (
        <p>{t.value('reports.noRows')}</p>
      ) : (
        <TableWrap>
          <table class="table report-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {header.map((cell) => (
                  <th scope="col" key={cell}>
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th scope="row" key={column}>
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p class="report-csv">
        <a href={`/api/reports/${table}.csv?${rangeQuery(range, reportSite.value)}`} download>
          {t.value('reports.downloadCsv', { what: caption })}
        </a>
      </p>
    </>
  );
  if (!toggle) return content;
  return (
    <details class="report-details">
      <summary>{t.value('reports.showTable')}</summary>
      {content}
    </details>
  );
}
