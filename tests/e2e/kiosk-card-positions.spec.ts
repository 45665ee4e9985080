/**
 * A printed member card reads wherever a person holds it: small or large in the picture, off to
 * a side, turned. Each case is a card made by our print code, played by the fake camera of a
 * browser of its own, at one of the two tablet sizes, in English or Spanish.
 */
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { collectPageErrors, expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import type { Placement } from './support/card-frame.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { browserWithCameraShowing, videoFolder } from './support/fake-camera.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';

const folder = videoFolder();
test.afterAll(() => folder.remove());

const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 800, height: 1280 };

const TEXT = {
  en: { scan: 'Scan my card', needs: 'What do you need today?', hi: (name: string) => `Hi, ${name}.` },
  es: { scan: 'Escanear mi tarjeta', needs: '¿Qué necesita hoy?', hi: (name: string) => `Hola, ${name}.` },
} as const;

interface Case {
  readonly name: string;
  readonly placement: Placement;
  readonly language: keyof typeof TEXT;
  readonly viewport: { width: number; height: number };
}

// The QR sits on the card's left, so a large card puts it far from the middle of the picture.
const CASES: readonly Case[] = [
  { name: 'large and centred (90% of the picture)', placement: { scale: 0.9 }, language: 'en', viewport: LANDSCAPE },
  { name: 'small and centred (40%)', placement: { scale: 0.4 }, language: 'es', viewport: PORTRAIT },
  {
    name: 'up and to the left (60%)',
    placement: { scale: 0.6, centre: { x: 0.32, y: 0.36 } },
    language: 'en',
    viewport: PORTRAIT,
  },
  {
    name: 'small, down and to the right (40%)',
    placement: { scale: 0.4, centre: { x: 0.74, y: 0.72 } },
    language: 'es',
    viewport: LANDSCAPE,
  },
  {
    name: 'turned 15°, off centre (60%)',
    placement: { scale: 0.6, rotation: 15, centre: { x: 0.56, y: 0.45 } },
    language: 'en',
    viewport: LANDSCAPE,
  },
  { name: 'turned 45° (50%)', placement: { scale: 0.5, rotation: -45 }, language: 'es', viewport: PORTRAIT },
];

test.describe('a printed card reads wherever it is held', () => {
  for (const [index, { name, placement, language, viewport }] of CASES.entries()) {
    test(`${name}, ${language}, ${viewport.width}×${viewport.height}`, async ({ browser, server }) => {
      const text = TEXT[language];
      // The card as staff print it (at twice the CSS resolution, like a phone photo of it).
      const staffContext = await browser.newContext({ baseURL: server.baseUrl, deviceScaleFactor: 2 });
      const staffPage = await staffContext.newPage();
      await openConsoleAsAdmin(staffPage, server);
      const firstName = uniqueName(language === 'en' ? 'Dolores' : 'Guadalupe');
      const participant = await enrollThroughConsole(staffPage, {
        preferredName: firstName,
        lastName: 'Ruiz',
        language,
      });
      const card = await printCard(staffPage, participant);
      await waitUntilSynced(staffPage);
      await staffContext.close();

      const withCard = await browserWithCameraShowing(card.png, join(folder.path, `case-${index}.y4m`), placement);
      try {
        const context = await withCard.newContext({ baseURL: server.baseUrl, viewport });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        const kiosk = await openPairedKiosk(page, server);
        if (language === 'es') await kiosk.chooseLanguage('Español');
        await kiosk.syncNow();
        await kiosk.button(text.scan).click();
        await expect(kiosk.heading(text.needs)).toBeVisible();
        await expect(page.getByText(text.hi(firstName))).toBeVisible();
        expect(errors).toEqual([]);
        await context.close();
      } finally {
        await withCard.close();
      }
    });
  }
});

test('while the camera looks, the frame marks the whole picture; accessible at both sizes, in both languages', async ({
  server,
}) => {
  // A camera that sees only the grey table: the scan screen stays up, camera running.
  const table = new PNG({ width: 2, height: 2 });
  table.data.fill(150);
  const withoutCard = await browserWithCameraShowing(PNG.sync.write(table), join(folder.path, 'table.y4m'), {
    scale: 1,
  });
  try {
    const context = await withoutCard.newContext({ baseURL: server.baseUrl, viewport: LANDSCAPE });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const kiosk: KioskPage = await openPairedKiosk(page, server);
    for (const language of ['en', 'es'] as const) {
      if (language === 'es') await kiosk.chooseLanguage('Español');
      await kiosk.button(TEXT[language].scan).click();
      await expect(page.locator('.kiosk-scan__camera.is-running video')).toBeVisible();
      for (const viewport of [LANDSCAPE, PORTRAIT]) {
        await page.setViewportSize(viewport);
        const screen = `scan-${language}-${viewport.width}x${viewport.height}`;
        // The guide covers the picture edge to edge: it no longer promises a square in the middle.
        const picture = await page.locator('.kiosk-scan__camera video').boundingBox();
        const frame = await page.locator('.kiosk-scan__frame').boundingBox();
        expect(frame?.width, screen).toBeCloseTo(picture?.width ?? 0, 0);
        expect(frame?.height, screen).toBeCloseTo(picture?.height ?? 0, 0);
        await expectNoSeriousViolations(page, screen);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main button, main a')]
            .filter((element) => element.offsetParent !== null)
            .map((element) => element.getBoundingClientRect())
            .filter((box) => box.width < 48 || box.height < 48),
        );
        expect(small, `${screen}: touch targets under 48 px`).toEqual([]);
      }
      await page.setViewportSize(LANDSCAPE);
      await page.goto('/kiosk');
      await expect(kiosk.heading(/^(Welcome|Le damos la bienvenida)$/)).toBeVisible();
    }
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await withoutCard.close();
  }
});
