/**
 * The first day (issue 15, item 9), on a server of the test's own: Today lists the steps still
 * to do (pair a kiosk, receive stock, enroll a participant), each a link to where it is done; a
 * step goes once done and the list once all are. "Stock to watch" lines link to Receive.
 */
import { expect, test } from './fixtures.js';
import { InventoryPage } from './pages/inventory-page.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { TodayPage } from './pages/today-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';
import { uniqueName } from './support/names.js';

test('Today shows the first steps until a kiosk is paired, stock received and someone enrolled', async ({
  browser,
  ownServer,
  page,
  pageErrors,
}) => {
  const staff = await openConsoleAsAdmin(page, ownServer);
  const today = new TodayPage(page);
  const steps = today.firstSteps();
  await expect(steps).toBeVisible();
  const step = (name: string) => steps.getByRole('link', { name });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expect(step('Pair a kiosk tablet for the lobby')).toHaveAttribute('href', '/staff/devices');
  await expect(step('Receive the first stock')).toHaveAttribute('href', '/staff/inventory/box');
  await expect(step('Enroll the first participant')).toHaveAttribute('href', '/staff/participants/new');
  await expectNoSeriousViolations(page, 'Today with first steps');

  // Enroll: the step's link opens the form; back on Today the step is gone.
  await step('Enroll the first participant').click();
  await expect(staff.heading('Enroll a participant')).toBeVisible();
  await new ParticipantsPage(page).enroll({ preferredName: uniqueName('Primera'), lastName: 'P' });
  await expect(page.getByText('Enrolled.')).toBeVisible();
  await staff.section('Today').click();
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expect(step('Enroll the first participant')).toHaveCount(0);

  // Receive: "Stock to watch" links each line to Receive on that item's page.
  const blanket = today.stockToWatch().getByRole('listitem').filter({ hasText: 'Blanket' });
  await expect(blanket).toContainText('Out of stock');
  await blanket.getByRole('link', { name: 'Receive Blanket' }).click();
  const inventory = new InventoryPage(page);
  await expect(inventory.heading('Blanket')).toBeVisible();
  await expect(inventory.receiveQuantity()).toBeFocused();
  await inventory.receive(3);
  await expect(inventory.onHand()).toHaveText('3');
  await staff.section('Today').click();
  await expect(today.stockToWatch().getByRole('listitem').filter({ hasText: 'Blanket' })).toContainText('Low');
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(step('Receive the first stock')).toHaveCount(0);

  // Pair a kiosk (on a tablet of its own): the last step, and with it the list, goes.
  const tablet = await browser.newContext({ baseURL: ownServer.baseUrl });
  await openPairedKiosk(await tablet.newPage(), ownServer);
  await page.reload();
  await expect(staff.heading('Today')).toBeVisible();
  await expect(today.stockToWatch()).toBeVisible();
  await expect(steps).toHaveCount(0);
  await tablet.close();
  expect(pageErrors).toEqual([]);
});

test('the first steps in Spanish', async ({ ownServer, page, pageErrors }) => {
  await openConsoleAsAdmin(page, ownServer);
  await page.getByRole('button', { name: 'Español' }).click();
  const steps = new TodayPage(page).firstSteps('Primeros pasos');
  await expect(steps.getByRole('link', { name: 'Vincular una tableta de quiosco para la entrada' })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Recibir las primeras existencias' })).toHaveAttribute(
    'href',
    '/staff/inventory/box',
  );
  await expect(steps.getByRole('link', { name: 'Inscribir al primer participante' })).toBeVisible();
  await expect(
    new TodayPage(page).stockToWatch('Existencias a vigilar').getByRole('link', { name: 'Recibir Cobija' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'Today with first steps (es)');
  // The stock step opens Receive a box, where a first delivery goes in one form.
  await steps.getByRole('link', { name: 'Recibir las primeras existencias' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recibir una caja' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
