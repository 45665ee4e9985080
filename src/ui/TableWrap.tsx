/**
 * The sideways-scrolling box around a wide table. It takes focus, so a keyboard user can scroll
 * it too (axe: scrollable-region-focusable) when a long language or long names make the table
 * wider than its panel. The table's own caption names what is inside.
 */
import type { ComponentChildren } from 'preact';
import './DataTable.css';

export function TableWrap({ children }: { children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard.
    <div class="table-wrap" tabIndex={0}>
      {children}
    </div>
  );
}
