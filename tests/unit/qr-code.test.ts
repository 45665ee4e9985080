import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQr, QUIET_ZONE } from '../../src/cards/qr-matrix.js';

/** The dark cells a path draws, read back from its `M x y h n v1 h-n z` runs. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i += 1) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('drawQr', () => {
  const text = 'https://dropin.example/kiosk#pair=ABCD-2345';

  it('draws exactly the dark modules of the QR code, shifted by a 4-module quiet zone', () => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const drawing = drawQr(text);
    expect(QUIET_ZONE).toBe(4);
    expect(drawing.size).toBe(modules.size + 8);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
      }
    }
    expect(cellsOf(drawing.path)).toEqual(expected);
  });

  it('leaves the quiet zone empty', () => {
    const { size, path } = drawQr(text);
    for (const cell of cellsOf(path)) {
      const [x, y] = cell.split(',').map(Number) as [number, number];
      expect(x >= 4 && y >= 4 && x < size - 4 && y < size - 4, cell).toBe(true);
    }
  });

  it('uses error correction level M', () => {
    expect(drawQr(text).path).toBe(drawQr(text, 'M').path);
    expect(drawQr(text).path).not.toBe(drawQr(text, 'L').path);
  });
});
