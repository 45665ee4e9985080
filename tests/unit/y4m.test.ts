import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawQr } from '../../src/cards/qr-matrix.js';
import { y4mFromPng } from '../e2e/support/y4m.js';

/** A PNG of a QR code drawn by the card code, 6 px per module. */
function qrPng(text: string): Buffer {
  const { size, path } = drawQr(text, 'Q');
  const scale = 6;
  const png = new PNG({ width: size * scale, height: size * scale });
  png.data.fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let dx = 0; dx < Number(w) * scale; dx += 1) {
      for (let dy = 0; dy < scale; dy += 1) {
        const at = ((Number(y) * scale + dy) * png.width + Number(x) * scale + dx) * 4;
        png.data[at] = png.data[at + 1] = png.data[at + 2] = 0;
      }
    }
  }
  return PNG.sync.write(png);
}

describe('fake camera video from a picture', () => {
  it('is a 640×480 4:2:0 Y4M whose frames still show a readable QR code', () => {
    const video = y4mFromPng(qrPng('LD1-0123456789ABCDEFGHJKMNPQRS'), { frames: 3 });
    const header = 'YUV4MPEG2 W640 H480 F30:1 Ip A1:1 C420jpeg\n';
    expect(video.subarray(0, header.length).toString()).toBe(header);
    const frameBytes = 'FRAME\n'.length + 640 * 480 * 1.5;
    expect(video.length).toBe(header.length + 3 * frameBytes);

    // The luma plane of a frame, as grey RGBA, is what a camera decoder sees.
    const luma = video.subarray(header.length + 'FRAME\n'.length, header.length + 'FRAME\n'.length + 640 * 480);
    const rgba = new Uint8ClampedArray(640 * 480 * 4);
    luma.forEach((value, index) => {
      rgba.set([value, value, value, 255], index * 4);
    });
    expect(jsQR(rgba, 640, 480)?.data).toBe('LD1-0123456789ABCDEFGHJKMNPQRS');
  });
});
