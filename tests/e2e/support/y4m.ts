/**
 * A Y4M video for Chromium's fake camera (`--use-file-for-fake-video-capture`), made from a PNG:
 * the picture (e.g. a member card rendered by the print code) held up on a grey background at a
 * size, place and turn (card-frame.ts). 4:2:0, the chroma planes neutral (a grey picture).
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { composeFrame, greyOf, type Placement, wearFrame } from './card-frame.js';

export interface Y4mOptions extends Partial<Placement> {
  readonly width?: number;
  readonly height?: number;
  readonly frames?: number;
  /** A worn card (faded, creased, blurred, noisy: `wearFrame`) instead of a clean one. */
  readonly worn?: boolean;
}

/** The Y4M bytes for `png`; every frame is the same still picture, centred at 70% by default. */
export function y4mFromPng(png: Buffer, options: Y4mOptions = {}): Buffer {
  const { width = 640, height = 480, frames = 10, scale = 0.7, centre, rotation, worn = false } = options;
  const image = PNG.sync.read(png);
  const card = greyOf(image.width, image.height, image.data);
  const composed = composeFrame(card, { width, height }, { scale, centre, rotation });
  const { luma } = worn ? wearFrame(composed) : composed;
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Writes the video to `path` (Chromium reads it at launch, so give each camera test its own browser). */
export function writeY4m(path: string, png: Buffer, options?: Y4mOptions): void {
  writeFileSync(path, y4mFromPng(png, options));
}
