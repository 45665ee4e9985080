/**
 * A Y4M video for Chromium's fake camera (`--use-file-for-fake-video-capture`), made from a PNG:
 * the picture (e.g. a member card rendered by the print code) centred on a grey table, as the
 * camera would see a card held up to it. 4:2:0, the chroma planes neutral (a grey picture).
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface Y4mOptions {
  readonly width?: number;
  readonly height?: number;
  readonly frames?: number;
  /** How wide the picture appears, as a share of the frame width (the card at arm's length). */
  readonly scale?: number;
}

/** The Y4M bytes for `png`; every frame is the same still picture. */
export function y4mFromPng(png: Buffer, options: Y4mOptions = {}): Buffer {
  const { width = 640, height = 480, frames = 10, scale = 0.7 } = options;
  const image = PNG.sync.read(png);
  const luma = new Uint8Array(width * height).fill(150);
  const shownWidth = Math.round(width * scale);
  const shownHeight = Math.round((image.height / image.width) * shownWidth);
  const left = Math.round((width - shownWidth) / 2);
  const top = Math.round((height - shownHeight) / 2);
  for (let y = 0; y < shownHeight; y += 1) {
    for (let x = 0; x < shownWidth; x += 1) {
      // Nearest neighbour: keeps the QR modules' edges sharp.
      const sx = Math.min(image.width - 1, Math.floor((x / shownWidth) * image.width));
      const sy = Math.min(image.height - 1, Math.floor((y / shownHeight) * image.height));
      const at = (sy * image.width + sx) * 4;
      const [r = 0, g = 0, b = 0] = [image.data[at], image.data[at + 1], image.data[at + 2]];
      const row = top + y;
      const column = left + x;
      if (row >= 0 && row < height && column >= 0 && column < width) {
        luma[row * width + column] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      }
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Writes the video to `path` (Chromium reads it at launch, so give each camera test its own browser). */
export function writeY4m(path: string, png: Buffer, options?: Y4mOptions): void {
  writeFileSync(path, y4mFromPng(png, options));
}
