/**
 * A grid of kiosk tiles that shares the height it is given among its rows, with as many columns
 * as its count needs on a wide or a tall screen, so every tile is in view without scrolling.
 */
import type { ComponentChildren } from 'preact';
import { tileColumns } from '../core/kiosk/need-groups.js';
import './TileGrid.css';

export function TileGrid({
  count,
  class: extra = '',
  children,
}: {
  count: number;
  class?: string;
  children: ComponentChildren;
}) {
  const columns = tileColumns(count);
  // Custom properties set through the CSSOM, which the style-src 'self' policy allows.
  return (
    <ul class={`kiosk-grid ${extra}`} style={{ '--columns-wide': columns.wide, '--columns-tall': columns.tall }}>
      {children}
    </ul>
  );
}
