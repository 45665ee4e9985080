/**
 * Moving an item up or down the kiosk's order: the new `position` of each item that has to
 * change. Usually two items swap places; only when positions tie (two devices added items at the
 * same time) are the items renumbered, so the move still does what the button says.
 */

export interface Placed {
  readonly id: string;
  readonly position: number;
}

export interface PositionChange {
  readonly itemId: string;
  readonly position: number;
}

/**
 * `items` are the ones shown on the kiosk, in kiosk order. Returns [] when the item is already
 * first (or last) or not in the list.
 */
export function moveChanges(items: readonly Placed[], itemId: string, direction: 'up' | 'down'): PositionChange[] {
  const index = items.findIndex((item) => item.id === itemId);
  const other = direction === 'up' ? index - 1 : index + 1;
  const moving = items[index];
  const neighbour = items[other];
  if (index < 0 || !moving || !neighbour) return [];
  if (moving.position !== neighbour.position) {
    return [
      { itemId: moving.id, position: neighbour.position },
      { itemId: neighbour.id, position: moving.position },
    ];
  }
  const order = [...items];
  order[index] = neighbour;
  order[other] = moving;
  return order.flatMap((item, at) => {
    const position = (at + 1) * 10;
    return item.position === position ? [] : [{ itemId: item.id, position }];
  });
}
