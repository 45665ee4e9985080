// Renders the app icons (public/icons/*.png) from one SVG drawing with Chromium, so that the
// PNGs can be regenerated exactly after a design change: `npm run icons`. The output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const TEAL = '#0f5257';
const CREAM = '#fdf8ef';
const CORAL = '#e76f51';

/** A house with an open door and a heart: "a place to come in". `inset` shrinks it for maskable icons. */
function drawing(inset) {
  const s = 1 - 2 * inset;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${inset > 0 ? 0 : 96}" fill="${TEAL}"/>
  <g transform="translate(${512 * inset} ${512 * inset}) scale(${s})">
    <path d="M256 92 L432 236 L400 236 L400 420 L112 420 L112 236 L80 236 Z" fill="${CREAM}"/>
    <path d="M256 372 C 200 330 176 300 176 268 C 176 242 196 224 218 224 C 236 224 248 234 256 248 C 264 234 276 224 294 224 C 316 224 336 242 336 268 C 336 300 312 330 256 372 Z" fill="${CORAL}"/>
  </g>
</svg>`;
}

const outputs = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0.06 },
];

const dir = path.resolve(import.meta.dirname, '../public/icons');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'icon.svg'), drawing(0));

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const { file, size, inset } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:${inset > 0 ? TEAL : 'transparent'}}svg{display:block;width:${size}px;height:${size}px}</style>${drawing(inset)}`,
    );
    await page.screenshot({ path: path.join(dir, file), omitBackground: inset === 0 });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${outputs.length + 1} icons to ${dir}`);
