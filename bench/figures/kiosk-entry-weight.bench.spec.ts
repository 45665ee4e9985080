/**
 * What a lobby tablet downloads before its welcome screen can be used: every script and
 * stylesheet the built kiosk requests until "Welcome" shows, gzip -9 as a server would send it,
 * with the message catalogues apart. Beside it, from the same build: the same kiosk if every
 * catalogue were loaded eagerly (as before issue 18), and what choosing another language adds.
 * Also what actually crossed the wire (precompressed brotli since issue 19). Baseline, built in
 * the same run: Preact, idb and workbox-window alone, the floor for any kiosk on this stack.
 * Records the rows `kiosk-entry` and `static-wire`. Before issue 18 (b29a99b): 124,656 bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, expect, type Page, type Response, test } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { createFirstAdmin } from '../../tests/e2e/support/accounts.js';
import { openKiosksAllDay } from '../../tests/e2e/support/center.js';
import { openPairedKiosk } from '../../tests/e2e/support/flows.js';
import { wordsIn } from '../../tests/support/catalogues.js';
import { type ServerProcess, startServerProcess } from '../../tests/support/server-process.js';
import { recordFigure } from './support/figure.js';

const ASSETS = 'dist/assets/';
const CATALOGUE_CHUNK = /^messages-(.+)-(shared|kiosk|display|cards|staff)-[\w-]+\.js$/;

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(`${ASSETS}${file}`), { level: 9 }).length;
}

function sum(files: readonly string[]): number {
  return files.reduce((total, file) => total + gzipBytes(file), 0);
}

/** Preact rendering a heading, idb opening a database, workbox-window registering: minified, gzip -9. */
async function stackAloneBytes(): Promise<number> {
  const entry = [
    "import { h, render } from 'preact';",
    "import { openDB } from 'idb';",
    "import { Workbox } from 'workbox-window';",
    "render(h('h1', null, 'Welcome'), document.body);",
    "void openDB('baseline', 1);",
    "void new Workbox('/sw.js').register();",
  ].join('\n');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'baseline-entry',
        resolveId: (id) => (id === 'virtual:baseline' ? id : null),
        load: (id) => (id === 'virtual:baseline' ? entry : null),
      },
    ],
    build: { write: false, minify: true, rollupOptions: { input: 'virtual:baseline' } },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  return outputs.reduce(
    (total, chunk) => total + gzipSync(chunk.type === 'chunk' ? chunk.code : chunk.source, { level: 9 }).length,
    0,
  );
}

/** How each asset was sent (content-encoding), as the server answered it. */
const sentAs = new Map<string, string>();

/** The bytes of the copy the server sent: the .br or .gz beside the file, or the file itself. */
function sentBytes(file: string): number {
  const encoding = sentAs.get(file) ?? 'identity';
  const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
  return statSync(`${ASSETS}${file}${suffix}`).size;
}

/**
 * Runs in the page before its scripts: marks `welcome-painted` once a level-1 heading reading
 * `welcome` is in the document and the frame showing it has been painted (a task queued from a
 * frame callback runs after that frame's paint).
 */
function markWelcomePainted(welcome: string): void {
  const observer = new MutationObserver(() => {
    const shown = [...document.querySelectorAll('h1')].some((heading) => heading.textContent === welcome);
    if (!shown) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('welcome-painted'), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** The asset files whose requests started before the page's performance mark `mark`. */
async function assetsRequestedBeforeMark(page: Page, mark: string): Promise<Set<string>> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const paths = await page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]?.startTime ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= at)
      .map((entry) => new URL(entry.name).pathname);
  }, mark);
  return new Set(paths.filter((path) => path.startsWith('/assets/')).map((path) => path.slice('/assets/'.length)));
}

/** The asset files a page requests while `run` goes on. */
async function assetsRequested(page: Page, run: () => Promise<void>): Promise<string[]> {
  const files = new Set<string>();
  const listener = (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!/^\/assets\/[^/]+\.(js|css)$/.test(path)) return;
    const file = path.slice('/assets/'.length);
    files.add(file);
    sentAs.set(file, response.headers()['content-encoding'] ?? 'identity');
  };
  page.on('response', listener);
  try {
    await run();
  } finally {
    page.off('response', listener);
  }
  return [...files].sort();
}

test('kiosk entry weight: scripts and styles before a usable welcome screen, gzip -9', async () => {
  const server: ServerProcess = await startServerProcess();
  let browser: Browser | undefined;
  try {
    await createFirstAdmin(server);
    await openKiosksAllDay(server);
    browser = await chromium.launch(chromiumLaunchOptions());
    // No service worker: every file comes over the network, as on a tablet's first visit.
    const context = await browser.newContext({ baseURL: server.baseUrl, serviceWorkers: 'block' });
    await openPairedKiosk(await context.newPage(), server);

    const page = await context.newPage();
    const welcome = wordsIn('en')('kiosk.welcome');
    await page.addInitScript(markWelcomePainted, welcome);
    const requested = await assetsRequested(page, async () => {
      await page.goto('/kiosk');
      await expect(page.getByRole('heading', { level: 1, name: welcome })).toBeVisible();
    });
    // What the welcome waited for: files requested before it was painted, not what loads after.
    const beforePaint = await assetsRequestedBeforeMark(page, 'welcome-painted');
    const entry = requested.filter((file) => beforePaint.has(file));
    // After the first screen the kiosk fetches its other languages in the background (offline
    // switching on day one): those are not part of what the welcome screen waits for.
    const preloaded = entry.filter((file) => CATALOGUE_CHUNK.test(file) && !file.startsWith('messages-en-'));
    const needed = entry.filter((file) => !preloaded.includes(file));
    const onTheWire = {
      bytes: needed.reduce((total, file) => total + sentBytes(file), 0),
      encodings: [...new Set(needed.map((file) => sentAs.get(file) ?? 'identity'))],
    };
    const thai = await assetsRequested(page, async () => {
      await page.goto('/kiosk?lang=th');
      await expect(page.getByRole('heading', { level: 1, name: wordsIn('th')('kiosk.welcome') })).toBeVisible();
    });

    const allCatalogues = readdirSync(ASSETS).filter((file) => CATALOGUE_CHUNK.test(file));
    const entryCatalogues = needed.filter((file) => CATALOGUE_CHUNK.test(file));
    const entryCode = needed.filter((file) => !CATALOGUE_CHUNK.test(file));
    const thaiCatalogues = thai.filter((file) => CATALOGUE_CHUNK.test(file) && file.startsWith('messages-th-'));
    const figures = {
      entryBytes: sum(needed),
      /** Other languages' catalogues the background preload had fetched by then (timing-dependent). */
      otherLanguagesSeenBeforeWelcomeBytes: sum(preloaded),
      entryCodeBytes: sum(entryCode),
      entryCatalogueBytes: sum(entryCatalogues),
      entryCatalogues,
      everyCatalogueEagerBytes: sum(entryCode) + sum(allCatalogues),
      allCatalogueBytes: sum(allCatalogues),
      catalogueCount: allCatalogues.length,
      choosingThaiAddsBytes: sum(thaiCatalogues),
      beforeIssue18Bytes: 124_656,
      onTheWireBytes: onTheWire.bytes,
      onTheWireEncodings: onTheWire.encodings,
    };
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
    console.log(
      [
        `kiosk entry, gzip -9: ${kb(figures.entryBytes)} (code ${kb(figures.entryCodeBytes)}, messages ${kb(figures.entryCatalogueBytes)}: ${entryCatalogues.join(', ')})`,
        `  the same kiosk with all ${figures.catalogueCount} catalogues eager (same build): ${kb(figures.everyCatalogueEagerBytes)} (ratio ${(figures.entryBytes / figures.everyCatalogueEagerBytes).toFixed(2)})`,
        `  before issue 18 (b29a99b, English and Spanish eager): ${kb(figures.beforeIssue18Bytes)} (ratio ${(figures.entryBytes / figures.beforeIssue18Bytes).toFixed(2)})`,
        `  sent over the wire: ${kb(figures.onTheWireBytes)} (${onTheWire.encodings.join(', ')}; raw ${kb(needed.reduce((total, file) => total + statSync(`${ASSETS}${file}`).size, 0))})`,
        `  choosing Thai later loads ${kb(figures.choosingThaiAddsBytes)} (${thaiCatalogues.join(', ')})`,
      ].join('\n'),
    );
    const stackAlone = await stackAloneBytes();
    // The build precompresses files over 1 KB (scripts/precompress.mjs); below that a header costs more.
    const worthCompressing = needed.filter((file) => statSync(`${ASSETS}${file}`).size > 1024);
    const rawBytes = needed.reduce((total, file) => total + statSync(`${ASSETS}${file}`).size, 0);
    recordFigure('kiosk-entry', {
      measured: {
        value: figures.entryBytes / 1000,
        unit: 'KB',
        note: `code ${kb(figures.entryCodeBytes)}, messages ${kb(figures.entryCatalogueBytes)}`,
      },
      baseline: { value: stackAlone / 1000, unit: 'KB' },
      ratio: figures.entryBytes / stackAlone,
      met: figures.entryBytes <= 60_000,
      details: { ...figures, stackAloneBytes: stackAlone, files: needed },
    });
    recordFigure('static-wire', {
      measured: {
        value: onTheWire.bytes / 1000,
        unit: 'KB',
        note: `${[...new Set(worthCompressing.map((file) => sentAs.get(file)))].join(', ')}; ${needed.length - worthCompressing.length} files under 1 KB as they are`,
      },
      baseline: { value: rawBytes / 1000, unit: 'KB' },
      ratio: onTheWire.bytes / rawBytes,
      met: worthCompressing.every((file) => ['br', 'gzip'].includes(sentAs.get(file) ?? 'identity')),
      details: { encodings: Object.fromEntries(needed.map((file) => [file, sentAs.get(file) ?? 'identity'])) },
    });
  } finally {
    await browser?.close();
    await server.stop();
  }
});
