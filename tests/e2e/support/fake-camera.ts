/**
 * A browser whose only camera is Chromium's fake one, playing a still of a printed card held up
 * in front of it. The video is fixed when the browser starts, so each picture needs a new browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { writeY4m, type Y4mOptions } from './y4m.js';

/** A folder for one spec file's videos; call `remove` when the file's tests are done. */
export function videoFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'lead-camera-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Launches a browser whose camera shows `picture` (a PNG) as `options` place it. */
export async function browserWithCameraShowing(picture: Buffer, video: string, options?: Y4mOptions): Promise<Browser> {
  writeY4m(video, picture, options);
  return chromium.launch(
    chromiumLaunchOptions([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]),
  );
}
