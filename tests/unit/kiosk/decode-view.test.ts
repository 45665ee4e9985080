import { describe, expect, it } from 'vitest';
import { decodeSize, MAX_DECODE_SIDE, TURNS, turnFor } from '../../../src/kiosk/scanner/decode-view.js';

describe('the picture the JavaScript decoder reads', () => {
  it('is the camera’s own pixels when the camera gives a tablet-sized picture', () => {
    expect(decodeSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(decodeSize(480, 640)).toEqual({ width: 480, height: 640 });
    expect(decodeSize(MAX_DECODE_SIDE, 540)).toEqual({ width: MAX_DECODE_SIDE, height: 540 });
  });

  it('shrinks a bigger picture to the longest side allowed, keeping its shape', () => {
    expect(decodeSize(1920, 1080)).toEqual({ width: 960, height: 540 });
    expect(decodeSize(1080, 1920)).toEqual({ width: 540, height: 960 });
    expect(decodeSize(1280, 720, 640)).toEqual({ width: 640, height: 360 });
  });

  it('never asks for an empty canvas', () => {
    expect(decodeSize(0, 0)).toEqual({ width: 1, height: 1 });
  });

  it('looks at frames straight, then turned each way, and again', () => {
    expect([0, 1, 2, 3, 4, 5].map(turnFor)).toEqual([0, 22.5, -22.5, 0, 22.5, -22.5]);
    expect(TURNS[0]).toBe(0);
  });
});
