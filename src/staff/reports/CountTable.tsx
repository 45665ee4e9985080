/**
 * A small two-column table of labelled counts (people served, a bar chart's figures), its small
 * cells in the page's words; optional column headers.
 */
import { type CellCount, cellText } from '../../core/reports/small-cells.js';
import { TableWrap } from '../../ui/TableWrap.js';
import { localizeRows } from './report-text.js';

export interface CountTableProps {
  readonly caption: string;
  /** Column headers (label, count); none for a list of measures. */
  readonly head?: readonly [string, string];
  readonly rows: readonly (readonly [string, CellCount])[];
}

const count = (value: CellCount) => localizeRows([[''], [cellText(value)]])[1]?.[0] ?? '';

export function CountTable({ caption, head, rows }: CountTableProps) {
  return (
    <TableWrap>
      <table class="table report-table">
        <caption>{caption}</caption>
        {head && (
          <thead>
            <tr>
              <th scope="col">{head[0]}</th>
              <th scope="col">{head[1]}</th>
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
