/**
 * Every kiosk screen, in English and Spanish: no serious accessibility violations, touch targets
 * of at least 48 px, and no sideways scrolling at 200% zoom (a 1280 px tablet seen at 640 px).
 * Screenshots go to build/screens for a person to look at.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { receiveStock } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';
import { expectTouchSized } from './support/touch-targets.js';

const TEXT = {
  English: {
    scan: 'Scan my card',
    name: 'Find my name',
    visitor: /I’m visiting/,
    back: 'Back',
    send: 'Send my request',
    discreet: 'Health and safety supplies',
    startOver: 'Start over',
    continue: 'Continue',
    none: 'None of these is me',
    pickLabel: 'Which one is you?',
    isThisYou: 'Is this you?',
    resting: 'Name check-in is resting for a moment',
  },
  Español: {
    scan: 'Escanear mi tarjeta',
    name: 'Buscar mi nombre',
    visitor: /Vengo de visita/,
    back: 'Atrás',
    send: 'Enviar mi pedido',
    discreet: 'Artículos de salud y seguridad',
    startOver: 'Volver al inicio',
    continue: 'Continuar',
    none: 'No soy ninguna de estas personas',
    pickLabel: '¿Cuál es usted?',
    isThisYou: '¿Es usted?',
    resting: 'La búsqueda por nombre está descansando un momento',
  },
} as const;

/** axe, target sizes and reflow for what is on screen now. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `build/screens/${name}.png`, fullPage: true });
  await expectNoSeriousViolations(page, name);

  await expectTouchSized(page, name);

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
    const text = TEXT[language];
    const tag = language === 'English' ? 'en' : 'es';
    // Each language's run enrols its own people (both runs share the worker's server): one to
    // find, and two who share a name and birthday for the "which one is you?" screen.
    const firstName = uniqueName(language === 'English' ? 'Wendolyn' : 'Yesenia');
    const twin = uniqueName('Luis');
    const staffContext = await browser.newContext({ baseURL: server.baseUrl });
    const staffPage = await staffContext.newPage();
    await openConsoleAsAdmin(staffPage, server);
    await enrollThroughConsole(staffPage, { preferredName: firstName, lastName: 'Quispe', birthDate: '1988-04-09' });
    await enrollThroughConsole(staffPage, { preferredName: twin, lastName: 'Moreno', birthDate: '1980-03-14' });
    await enrollThroughConsole(staffPage, { preferredName: twin, lastName: 'Torres', birthDate: '1975-03-14' });
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

    await kiosk.syncNow();
    await kiosk.button(text.name).click();
    await kiosk.nameInput().fill(firstName);
    await checkScreen(page, `${tag}-name`);
    await kiosk.nameInput().press('Enter');
    await kiosk.button(/^4 · /).click();
    await page.getByRole('button', { name: '9', exact: true }).click();
    await checkScreen(page, `${tag}-birthday`);
    await kiosk.button(text.continue).click();
    await expect(kiosk.heading(text.isThisYou)).toBeVisible();
    await checkScreen(page, `${tag}-is-this-you`);
    await kiosk.confirmItsMe();

    await expect(kiosk.groupTile(text.discreet)).toBeVisible();
    await checkScreen(page, `${tag}-needs`);
    await kiosk.groupTile(text.discreet).click();
    await expect(kiosk.discreetDialog()).toBeVisible();
    await checkScreen(page, `${tag}-needs-discreet`);
    await page.keyboard.press('Escape');
    await expect(kiosk.discreetDialog()).toBeHidden();
    await kiosk.choose(language === 'English' ? 'Blanket' : 'Cobija');
    await checkScreen(page, `${tag}-needs-group`);
    await kiosk.button(text.send).click();
    await expect(kiosk.ticket()).toBeVisible();
    await checkScreen(page, `${tag}-ticket`);
    await page.getByRole('button', { name: language === 'English' ? 'Done' : 'Listo' }).click();

    // Three misses in a row: a wrong birthday, "none of these" among look-alikes, "no, not me".
    await kiosk.findMyName(firstName, { month: 4, day: 10 });
    await expect(kiosk.button(text.startOver)).toBeVisible();
    await checkScreen(page, `${tag}-see-staff-name`);
    await kiosk.button(text.startOver).click();
    await kiosk.findMyName(twin, { month: 3, day: 14 });
    await expect(kiosk.heading(text.pickLabel)).toBeVisible();
    await checkScreen(page, `${tag}-which-one`);
    await kiosk.button(text.none).click();
    await kiosk.button(text.startOver).click();
    await kiosk.findMyName(firstName, { month: 4, day: 9 });
    await kiosk.notMe();
    await expect(kiosk.heading(text.resting)).toBeVisible();
    await checkScreen(page, `${tag}-resting`);
    await kiosk.button(text.startOver).click();

    await kiosk.button(text.visitor).click();
    await checkScreen(page, `${tag}-visitor`);
    await kiosk.button(text.back).click();

    await kiosk.scanWithKeyboardScanner('LD1-0000000000000000000000000Z');
    await expect(kiosk.button(text.startOver)).toBeVisible();
    await checkScreen(page, `${tag}-see-staff`);
    await context.close();
  });
}
