import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { drawQr } from '../../src/cards/qr-matrix.js';
import { BACKGROUND, composeFrame, type GreyImage, greyOf, wearFrame } from '../e2e/support/card-frame.js';

/** A 2×1 card: black on the left, white on the right. */
const halves: GreyImage = { width: 2, height: 1, luma: Uint8Array.from([0, 255]) };

const at = (frame: GreyImage, x: number, y: number) => frame.luma[y * frame.width + x];

/** A card-shaped picture (85.6 × 54) with the QR code on its left, as the printed card has it. */
function cardWithQr(text: string): GreyImage {
  const width = 428;
  const height = 270;
  const luma = new Uint8Array(width * height).fill(255);
  const { size, path } = drawQr(text, 'Q');
  const module = 4;
  const left = 10;
  const top = Math.round((height - size * module) / 2);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let dy = 0; dy < module; dy += 1) {
      const row = top + Number(y) * module + dy;
      luma.fill(0, row * width + left + Number(x) * module, row * width + left + (Number(x) + Number(run)) * module);
    }
  }
  return { width, height, luma };
}

function readQr(frame: GreyImage): string | undefined {
  const rgba = new Uint8ClampedArray(frame.width * frame.height * 4);
  frame.luma.forEach((value, index) => {
    rgba.set([value, value, value, 255], index * 4);
  });
  return jsQR(rgba, frame.width, frame.height)?.data;
}

describe('a card composited into a camera frame', () => {
  it('is as wide as its share of the frame, centred, on the grey background', () => {
    const frame = composeFrame(halves, { width: 10, height: 10 }, { scale: 0.4 });
    // 4 px wide, 2 px tall, centred: columns 3–6, rows 4–5.
    expect([at(frame, 3, 4), at(frame, 4, 5), at(frame, 5, 4), at(frame, 6, 5)]).toEqual([0, 0, 255, 255]);
    expect([at(frame, 2, 4), at(frame, 7, 4), at(frame, 4, 3), at(frame, 4, 6)]).toEqual(Array(4).fill(BACKGROUND));
  });

  it('moves with its centre', () => {
    const frame = composeFrame(halves, { width: 10, height: 10 }, { scale: 0.4, centre: { x: 0.2, y: 0.1 } });
    expect([at(frame, 0, 0), at(frame, 1, 0), at(frame, 2, 0), at(frame, 3, 0)]).toEqual([0, 0, 255, 255]);
    expect(at(frame, 5, 5)).toBe(BACKGROUND);
  });

  it('turns clockwise: a quarter turn puts the left half on top', () => {
    const frame = composeFrame(halves, { width: 10, height: 10 }, { scale: 0.4, rotation: 90 });
    // Now 2 px wide and 4 px tall around the centre: rows 3–4 black, rows 5–6 white.
    expect([at(frame, 4, 3), at(frame, 5, 4), at(frame, 4, 5), at(frame, 5, 6)]).toEqual([0, 0, 255, 255]);
    expect(at(frame, 3, 4)).toBe(BACKGROUND);
  });

  it('may leave the frame', () => {
    const frame = composeFrame(halves, { width: 10, height: 10 }, { scale: 0.4, centre: { x: 1, y: 0.5 } });
    expect([at(frame, 8, 5), at(frame, 9, 5)]).toEqual([0, 0]);
  });

  it.each([
    [{ scale: 0.4 }],
    [{ scale: 0.9 }],
    [{ scale: 0.6, centre: { x: 0.32, y: 0.36 } }],
    [{ scale: 0.6, rotation: 15 }],
    [{ scale: 0.5, rotation: -45 }],
  ])('keeps the QR code readable at %j', (placement) => {
    const text = 'LD1-0123456789ABCDEFGHJKMNPQRS';
    expect(readQr(composeFrame(cardWithQr(text), { width: 640, height: 480 }, placement))).toBe(text);
  });

  it('turns RGBA pixels into video grey levels', () => {
    const grey = greyOf(3, 1, Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255]));
    expect([...grey.luma]).toEqual([255, 0, 76]);
  });

  it('wears a card: less contrast, the same every time, and still readable', () => {
    const text = 'LD1-0123456789ABCDEFGHJKMNPQRS';
    const clean = composeFrame(cardWithQr(text), { width: 640, height: 480 }, { scale: 0.6, rotation: 8 });
    const worn = wearFrame(clean);
    // Ink against paper: the mean grey where the clean card was white, less where it was black.
    const meanWhere = (shade: number) => {
      let total = 0;
      let count = 0;
      clean.luma.forEach((value, index) => {
        if (value !== shade) return;
        total += worn.luma[index] ?? 0;
        count += 1;
      });
      return total / count;
    };
    expect(meanWhere(255) - meanWhere(0)).toBeLessThan(0.6 * 255);
    expect(wearFrame(clean).luma).toEqual(worn.luma);
    expect(worn.luma).not.toEqual(clean.luma);
    expect(readQr(worn)).toBe(text);
  });
});
