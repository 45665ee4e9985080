/**
 * Card → "What do you need today?" in the built kiosk: a printed card held up to the camera,
 * against the same card typed by a USB scanner (no camera, no decoder) in the same run. Two
 * holds: large and centred (the card the old decode square missed) and a person holding it up
 * off centre and a little turned. Prints medians and the ratio; writes them to
 * build/reports/bench-card-to-needs.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import type { Y4mOptions } from '../../tests/e2e/support/y4m.js';
import { msUntilNeedsScreen, openKioskWithCard } from './support/kiosk-with-card.js';

const HOLDS: readonly { name: string; placement: Y4mOptions }[] = [
  { name: 'large and centred (80% of the picture)', placement: { scale: 0.8 } },
  { name: 'held up: 60%, off centre, turned 8°', placement: { scale: 0.6, centre: { x: 0.45, y: 0.55 }, rotation: 8 } },
];
/** Timed runs of each path per hold, after one warm-up of each. */
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const results: Record<string, { cameraMs: number; floorMs: number; ratio: number; runs: number }> = {};

for (const { name, placement } of HOLDS) {
  test(`card → needs screen, ${name}`, async () => {
    const kiosk = await openKioskWithCard(placement);
    try {
      const times = { camera: [] as number[], keyboard: [] as number[] };
      // Alternating, so a busy moment on the machine falls on both paths alike.
      for (let run = 0; run <= RUNS; run += 1) {
        const keyboard = await msUntilNeedsScreen(kiosk.page, 'keyboard', kiosk.payload);
        const camera = await msUntilNeedsScreen(kiosk.page, 'camera', kiosk.payload);
        if (run === 0) continue; // warm-up
        times.keyboard.push(keyboard);
        times.camera.push(camera);
      }
      const cameraMs = median(times.camera);
      const floorMs = median(times.keyboard);
      results[name] = { cameraMs, floorMs, ratio: cameraMs / floorMs, runs: RUNS };
      console.log(
        `card → needs screen, ${name}, median of ${RUNS}: camera ${cameraMs.toFixed(0)} ms, ` +
          `floor (USB scanner, same run) ${floorMs.toFixed(0)} ms, ratio ${(cameraMs / floorMs).toFixed(2)}`,
      );
    } finally {
      await kiosk.close();
    }
  });
}

test.afterAll(() => {
  mkdirSync('build/reports', { recursive: true });
  writeFileSync('build/reports/bench-card-to-needs.json', `${JSON.stringify(results, null, 2)}\n`);
});
