/**
 * Opening hours on the kiosk: outside them it says it is closed, when it opens next, where the
 * center is and how to call; staff can open it for a special event and go back to the regular
 * hours. Both browsers live on a Saturday at noon in Los Angeles (the center is closed on
 * Saturdays), with a server of their own so this test's hours touch no other test.
 */
import { centerDay } from '../../src/core/day.js';
import { zonedInstant } from '../../src/core/hours.js';
import { startServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { createFirstAdmin, newPairingCode } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openConsoleAsAdmin } from './support/flows.js';

/** Noon in Los Angeles on the first Saturday at least a day from now (so every stamp is later than real ones). */
function nextSaturdayNoon(): Date {
  for (let days = 1; days <= 8; days += 1) {
    const day = centerDay(new Date(Date.now() + days * 86_400_000));
    const noon = zonedInstant(day, '12:00');
    if (noon.getUTCDay() === 6) return noon;
  }
  throw new Error('no Saturday within a week');
}

test('closed on a Saturday: the next opening, address and phone; staff open it for an event, then close it again', async ({
  browser,
}) => {
  const server = await startServerProcess();
  try {
    await createFirstAdmin(server);
    const saturdayNoon = nextSaturdayNoon();
    const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
    await kioskContext.clock.install({ time: saturdayNoon });
    const page = await kioskContext.newPage();
    const kiosk = new KioskPage(page);
    await kiosk.open();
    await kiosk.pair(await newPairingCode(server));

    await expect(kiosk.heading('We are closed right now')).toBeVisible();
    await expect(page.getByText(/^We open again Monday, \w+ \d+ at 11:00\sAM\.$/)).toBeVisible();
    const main = page.locator('main');
    await expect(main).toContainText('Mon, Wed, Fri 11 AM–4 PM');
    await expect(main).toContainText('1151 N. Western Ave, Los Angeles, CA 90029');
    await expect(main).toContainText('323-952-6099');
    await expect(kiosk.button('Scan my card')).toHaveCount(0);
    await expectNoSeriousViolations(page, 'closed');
    await kiosk.chooseLanguage('Español');
    await expect(kiosk.heading('Ahora estamos cerrados')).toBeVisible();
    await expect(page.getByText(/^Volvemos a abrir lunes, \d+ de \w+, 11:00\sa\.\s?m\.\.$/)).toBeVisible();
    await expectNoSeriousViolations(page, 'cerrado');
    await kiosk.chooseLanguage('English');

    // Staff open the kiosks for an event until 6 pm.
    const staffContext = await browser.newContext({ baseURL: server.baseUrl });
    await staffContext.clock.install({ time: saturdayNoon });
    const staffPage = await staffContext.newPage();
    await openConsoleAsAdmin(staffPage, server);
    const panel = staffPage.getByRole('region', { name: 'Kiosk check-in' });
    await expect(panel.getByRole('status')).toHaveText(/^Closed now\. Opens Monday/);
    await panel.getByLabel('Until (today)').fill('18:00');
    await panel.getByRole('button', { name: 'Open the kiosks now' }).click();
    await expect(panel.getByRole('status')).toHaveText('Open for a special event until 6:00 PM.');

    await expect(kiosk.heading('Welcome')).toBeVisible({ timeout: 20_000 });
    // Public words on a public screen: no "special event".
    await expect(page.getByText('Open today until 6:00 PM', { exact: true })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('special event');
    await kiosk.button('Find my name').click();
    await expect(kiosk.heading('Find your name')).toBeVisible();
    await kiosk.button('Back').click();

    await panel.getByRole('button', { name: 'Back to regular hours' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Closed now\./);
    await expect(kiosk.heading('We are closed right now')).toBeVisible({ timeout: 20_000 });
    // A time already past is refused with a clear message, and changes nothing.
    await panel.getByLabel('Until (today)').fill('09:00');
    await panel.getByRole('button', { name: 'Open the kiosks now' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Choose a time later today.');
    await expect(panel.getByRole('status')).toHaveText(/^Closed now\./);
    await staffContext.close();
    await kioskContext.close();
  } finally {
    await server.stop();
  }
});
