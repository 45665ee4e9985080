/**
 * The lobby display as its own device: paired with a code from Devices, it shows the numbers
 * staff call from the queue (latest first, called again moves up, no answer leaves), chimes and
 * says the number, and never shows or stores a name or an item. English and Spanish; axe clean.
 */
import type { Browser, Page } from '@playwright/test';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { QueuePage } from './pages/queue-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pairedDisplay } from './support/display.js';
import { speechLog } from './support/fake-speech.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';
import { dumpIndexedDb } from './support/indexed-db.js';
import { addTrackedItem } from './support/items.js';
import { uniqueName } from './support/names.js';

/** The kiosk group test items are in (they are shelter, like the blanket they are made from). */
const SHELTER = 'Shelter and bedding';

async function newPage(browser: Browser, server: ServerProcess): Promise<Page> {
  return (await browser.newContext({ baseURL: server.baseUrl })).newPage();
}

/** A visitor asks for `itemName` at the kiosk; returns the ticket. */
async function askAtKiosk(kiosk: KioskPage, visitorName: string, itemName: string): Promise<string> {
  await kiosk.button(/I’m visiting/).click();
  await kiosk.page.getByRole('textbox').fill(visitorName);
  await kiosk.button('Continue').click();
  await kiosk.choose(itemName, SHELTER);
  await kiosk.button('Send my request').click();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  await kiosk.button('Done').click();
  return ticket;
}

async function spoken(page: Page): Promise<string[]> {
  return (await speechLog(page)).spoken.map((line) => line.text);
}

test('staff call numbers to the paired lobby display, which shows and stores no name or item', async ({
  browser,
  // A server of its own: on the shared one, other tests' calls of the last minutes are on every display.
  ownServer: server,
}) => {
  const tent = await addTrackedItem(server, 'Pop-up tent', { quantity: 10, fields: { perVisitLimit: 3, position: 5 } });
  const [rufina, teodoro] = [uniqueName('Rufina'), uniqueName('Teodoro')];
  const staff = await newPage(browser, server);
  await openConsoleAsAdmin(staff, server);
  const display = await pairedDisplay(browser, server, staff);
  await expect(display.page.getByText('Numbers appear here when staff call them.')).toBeVisible();
  await expectNoSeriousViolations(display.page, 'display, nothing called');

  const kiosk = await openPairedKiosk(await newPage(browser, server), server);
  const first = await askAtKiosk(kiosk, rufina, tent.name);
  const second = await askAtKiosk(kiosk, teodoro, tent.name);

  const queue = new QueuePage(staff);
  await queue.open();
  await expect(queue.request(second)).toBeVisible({ timeout: 15_000 });
  await queue.call(first);
  await expect(queue.request(first)).toContainText('Called at');
  await expect(display.latest()).toHaveText(first, { timeout: 15_000 });
  await expect
    .poll(() => spoken(display.page))
    .toContain(`Number ${first.replace('-', ' ')}, please come to the front desk.`);

  await queue.call(second);
  await expect(display.latest()).toHaveText(second, { timeout: 15_000 });
  await expect(display.earlier()).toContainText(first);

  // Called again, the first number moves back to the top.
  await queue.callAgain(first);
  await expect(queue.request(first)).toContainText('Called 2 times');
  await expect(display.latest()).toHaveText(first, { timeout: 15_000 });
  await expect(display.earlier()).toContainText(second);
  await expectNoSeriousViolations(display.page, 'display with called numbers');

  // Nobody came for the second one: it leaves the display.
  await queue.noAnswer(second);
  await expect(queue.request(second)).toContainText('No answer');
  await expect(display.shown()).not.toContainText(second, { timeout: 15_000 });
  await expect(display.latest()).toHaveText(first);

  const html = await display.page.content();
  const stored = await dumpIndexedDb(display.page);
  // What it does keep: the calls, by ticket.
  expect(stored).toContain(`"ticket":"${first}"`);
  for (const secret of [rufina, teodoro, tent.name, tent.nameEs, tent.itemId, 'visitId', 'participantId']) {
    expect(html).not.toContain(secret);
    expect(stored).not.toContain(secret);
  }
  // No staff chrome on the display: no navigation, no sign-out.
  await expect(display.page.getByRole('navigation')).toHaveCount(0);
  await expect(display.page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('in Spanish: a call from a Spanish console is shown and said in Spanish; the display browser opens no console', async ({
  browser,
  server,
}) => {
  const blanket = await addTrackedItem(server, 'Wool blanket', {
    quantity: 5,
    fields: { perVisitLimit: 3, position: 5 },
  });
  const staff = await newPage(browser, server);
  await openConsoleAsAdmin(staff, server);
  const display = await pairedDisplay(browser, server, staff);
  await display.speak('es');
  await expect(display.heading()).toBeVisible();

  const kiosk = await openPairedKiosk(await newPage(browser, server), server);
  const ticket = await askAtKiosk(kiosk, uniqueName('Zenaida'), blanket.name);
  const queue = new QueuePage(staff);
  await queue.open();
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(queue.request(ticket, 'es')).toBeVisible({ timeout: 15_000 });
  await queue.call(ticket, 'es');
  await expect(queue.request(ticket, 'es')).toContainText('Llamado a las');
  await expect(display.latest()).toHaveText(ticket, { timeout: 15_000 });
  await expect(display.page.getByText('Por favor, pase a la recepción')).toBeVisible();
  await expect
    .poll(() => spoken(display.page))
    .toContain(`Número ${ticket.replace('-', ' ')}, por favor pase a la recepción.`);
  await expectNoSeriousViolations(display.page, 'pantalla con números llamados');
  await staff.getByRole('button', { name: 'English' }).click();

  // The display's browser is no staff console, whatever is typed in its address bar.
  await display.page.goto('/staff');
  await expect(
    display.page.getByRole('heading', {
      name: 'Este navegador es una pantalla de la sala. La consola del personal no se abre aquí.',
    }),
  ).toBeVisible();
  await expect(display.page.getByRole('textbox', { name: /Nombre para entrar|Sign-in name/ })).toHaveCount(0);
  await display.page.getByRole('link', { name: 'Volver a la pantalla' }).click();
  await expect(display.latest()).toHaveText(ticket);
});
