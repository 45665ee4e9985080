/**
 * Every kiosk screen, in English and Spanish: no serious accessibility violations, touch targets
 * of at least 48 px, and no sideways scrolling at 200% zoom (a 1280 px tablet seen at 640 px).
 * Screenshots go to build/screens for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { enrollThroughConsole } from './support/cards.js';
import { receiveStock } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';

const TEXT = {
  English: {
    scan: 'Scan my card',
    name: 'Find my name',
    visitor: /I’m visiting/,
    back: 'Back',
    send: 'Send my request',
    discreet: /Health and safety supplies/,
    month: 'April',
    confirm: 'Check me in',
    continue: 'Continue',
    startOver: 'Back to start',
  },
  Español: {
    scan: 'Escanear mi tarjeta',
    name: 'Buscar mi nombre',
    visitor: /Vengo de visita/,
    back: 'Atrás',
    send: 'Enviar mi pedido',
    discreet: /Artículos de salud y seguridad/,
    month: 'abril',
    confirm: 'Registrarme',
    continue: 'Continuar',
    startOver: 'Volver al inicio',
  },
} as const;

/** axe, target sizes and reflow for what is on screen now. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `build/screens/${name}.png`, fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main input, main a, main [role="button"]')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(
        ({ element, box }) =>
          `${element.textContent?.trim() || element.getAttribute('aria-label')} ${box.width}×${box.height}`,
      ),
  );
  expect(small, `${name}: touch targets under 48 px`).toEqual([]);

  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 640, height: 400 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: `build/screens/${name}-200.png`, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
  expect(overflow, `${name}: scrolls sideways at 200% zoom`).toBeLessThanOrEqual(0);
}

for (const language of ['English', 'Español'] as const) {
  test(`every kiosk screen in ${language}: accessible, touch-sized, reflows at 200%`, async ({ browser, server }) => {
    test.setTimeout(120_000);
    const text = TEXT[language];
    const tag = language === 'English' ? 'en' : 'es';
    // Each language's run enrols its own person (both runs share the worker's server).
    const firstName = language === 'English' ? 'Wendolyn' : 'Yesenia';
    const staffContext = await browser.newContext({ baseURL: server.baseUrl });
    const staffPage = await staffContext.newPage();
    await openConsoleAsAdmin(staffPage, server);
    await enrollThroughConsole(staffPage, {
      preferredName: firstName,
      lastName: 'Quispe',
      birthDate: '1988-04-09',
      kioskConfirmation: true,
    });
    await receiveStock(server, { item_blanket: 10, item_naloxone_kit: 5 });
    await waitUntilSynced(staffPage);
    await staffContext.close();

    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openPairedKiosk(page, server);
    const kiosk = new KioskPage(page);
    await kiosk.chooseLanguage(language);
    await checkScreen(page, `${tag}-welcome`);

    await kiosk.button(text.scan).click();
    await expect(page.getByRole('alert')).toBeVisible(); // no camera in this browser
    await checkScreen(page, `${tag}-scan-no-camera`);
    await kiosk.button(text.back).click();

    await kiosk.button(text.name).click();
    await kiosk.nameInput().fill(firstName.slice(0, 3));
    await expect(kiosk.button(`${firstName} Q.`)).toBeVisible({ timeout: 15_000 });
    await checkScreen(page, `${tag}-name`);
    await kiosk.nameInput().fill('zzz');
    await expect(page.locator('.kiosk-notice')).toBeVisible();
    await checkScreen(page, `${tag}-name-none`);
    await kiosk.nameInput().fill(firstName.slice(0, 3));
    await kiosk.button(`${firstName} Q.`).click();
    await kiosk.button(text.month).click();
    await page.getByRole('button', { name: '9', exact: true }).click();
    await checkScreen(page, `${tag}-birthday`);
    await kiosk.button(text.confirm).click();

    await kiosk.button(text.discreet).click();
    await kiosk.tile(language === 'English' ? 'Blanket' : 'Cobija').click();
    await checkScreen(page, `${tag}-needs`);
    await kiosk.button(text.send).click();
    await expect(kiosk.ticket()).toBeVisible();
    await checkScreen(page, `${tag}-ticket`);
    await page.getByRole('button', { name: language === 'English' ? 'Done' : 'Listo' }).click();

    await kiosk.button(text.visitor).click();
    await checkScreen(page, `${tag}-visitor`);
    await kiosk.button(text.back).click();

    await kiosk.scanWithKeyboardScanner('LD1-0000000000000000000000000Z');
    await expect(kiosk.button(text.startOver)).toBeVisible();
    await checkScreen(page, `${tag}-see-staff`);
    await context.close();
  });
}
