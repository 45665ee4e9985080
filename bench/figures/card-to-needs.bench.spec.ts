/**
 * Card → "What do you need today?" in the built kiosk: a printed card held up to the fake camera,
 * clean and worn (faded, creased, blurred, noisy), median and p95. Beside it, measured in the same
 * page and run, the floor no camera check-in can beat: the camera starting until its first frame,
 * one frame interval, one jsQR decode of that card's frame at the kiosk's decode size, and one
 * durable IndexedDB write. Also the same card typed by a USB scanner (no camera, no decoder).
 * Records `card-to-needs-clean` and `card-to-needs-worn`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test } from '@playwright/test';
import { MAX_DECODE_SIDE } from '../../src/kiosk/scanner/decode-view.js';
import type { Y4mOptions } from '../../tests/e2e/support/y4m.js';
import { recordFigure } from './support/figure.js';
import { msUntilNeedsScreen, openKioskWithCard } from './support/kiosk-with-card.js';
import { median, p95 } from './support/stats.js';

const CARDS: readonly { id: 'card-to-needs-clean' | 'card-to-needs-worn'; video: Y4mOptions }[] = [
  { id: 'card-to-needs-clean', video: { scale: 0.6, centre: { x: 0.45, y: 0.55 }, rotation: 8 } },
  { id: 'card-to-needs-worn', video: { scale: 0.6, centre: { x: 0.45, y: 0.55 }, rotation: 8, worn: true } },
];
/** Timed camera check-ins per card, after one warm-up; the floor's parts are timed as often. */
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const JSQR = readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8');

interface FloorSample {
  readonly cameraStartMs: number;
  readonly frameMs: number;
  readonly decodeMs: number;
  readonly decoded: boolean;
  readonly writeMs: number;
}

/** One sample of each part of the floor, timed inside the kiosk page on its welcome screen. */
function floorSample(page: Page): Promise<FloorSample> {
  return page.evaluate(async (maxSide) => {
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number, o: object) => unknown })
      .jsQR;
    const startedAt = performance.now();
    const stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } });
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    const nextFrame = () =>
      new Promise<number>((resolve) => video.requestVideoFrameCallback((now) => resolve(performance.now() || now)));
    const firstFrame = nextFrame();
    await video.play();
    const first = await firstFrame;
    const second = await nextFrame();
    const shrink = Math.min(1, maxSide / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.round(video.videoWidth * shrink);
    const height = Math.round(video.videoHeight * shrink);
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    const decodeStart = performance.now();
    context.drawImage(video, 0, 0, width, height);
    const result = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
      inversionAttempts: 'dontInvert',
    });
    const decodeMs = performance.now() - decodeStart;
    for (const track of stream.getTracks()) track.stop();

    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-floor', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('writes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const writeStart = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('writes', 'readwrite', { durability: 'strict' });
      tx.objectStore('writes').put({ at: Date.now(), visit: 'visit_floor' }, 'last');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const writeMs = performance.now() - writeStart;
    db.close();
    return { cameraStartMs: first - startedAt, frameMs: second - first, decodeMs, decoded: result !== null, writeMs };
  }, MAX_DECODE_SIDE);
}

for (const { id, video } of CARDS) {
  test(`card → needs screen, ${id}`, async () => {
    const kiosk = await openKioskWithCard(video);
    try {
      // jsQR as a plain script, for the decode part of the floor (DevTools evaluation, not the app's CSP).
      await kiosk.page.evaluate(JSQR);
      const camera: number[] = [];
      const keyboard: number[] = [];
      const floor: FloorSample[] = [];
      // Alternating, so a busy moment on the machine falls on the figure and its floor alike.
      for (let run = 0; run <= RUNS; run += 1) {
        const cameraMs = await msUntilNeedsScreen(kiosk.page, 'camera', kiosk.payload);
        await kiosk.page.evaluate(JSQR);
        const sample = await floorSample(kiosk.page);
        const keyboardMs = run % 4 === 1 ? await msUntilNeedsScreen(kiosk.page, 'keyboard', kiosk.payload) : null;
        if (run === 0) continue; // warm-up
        camera.push(cameraMs);
        floor.push(sample);
        if (keyboardMs !== null) keyboard.push(keyboardMs);
      }
      const part = (key: keyof Omit<FloorSample, 'decoded'>) => median(floor.map((sample) => sample[key]));
      const parts = {
        cameraStartMs: part('cameraStartMs'),
        frameMs: part('frameMs'),
        decodeMs: part('decodeMs'),
        writeMs: part('writeMs'),
      };
      const floorMs = parts.cameraStartMs + parts.frameMs + parts.decodeMs + parts.writeMs;
      const decodedShare = floor.filter((sample) => sample.decoded).length / floor.length;
      recordFigure(id, {
        measured: { value: median(camera), unit: 'ms', note: `p95 ${p95(camera).toFixed(0)} ms` },
        baseline: {
          value: floorMs,
          unit: 'ms',
          note: `camera start ${parts.cameraStartMs.toFixed(0)} + frame ${parts.frameMs.toFixed(0)} + decode ${parts.decodeMs.toFixed(0)} + write ${parts.writeMs.toFixed(0)}`,
        },
        ratio: median(camera) / floorMs,
        met: null,
        details: {
          runs: RUNS,
          cameraMs: camera,
          p95Ms: p95(camera),
          floorParts: parts,
          floorDecodedFirstFrameShare: decodedShare,
          usbScannerMedianMs: median(keyboard),
        },
      });
    } finally {
      await kiosk.close();
    }
  });
}
