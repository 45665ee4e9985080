/**
 * "Find my name" on the kiosk, as a person would use it: typing a name shows nobody; only a name
 * with the right birthday shows a first name and last initial to confirm; look-alikes choose by
 * last initial or see staff; three misses in a row rest name check-in for 30 seconds; someone
 * with no birth date checks in another way, and their profile says so. In English and Spanish,
 * with no serious accessibility violations on any of these screens.
 */
import type { Browser, Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import type { ProfileFields } from '../../src/core/ops/participants.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';

/** Enrols people from a staff browser and waits until the server has them; returns their ids. */
async function enrollPeople(
  browser: Browser,
  server: ServerProcess,
  people: readonly Partial<ProfileFields>[],
): Promise<string[]> {
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const ids: string[] = [];
  for (const person of people) ids.push(await enrollThroughConsole(staffPage, person));
  await waitUntilSynced(staffPage);
  await staffContext.close();
  return ids;
}

/** A paired kiosk that has everything the server holds. */
async function kioskWithDirectory(page: Page, server: ServerProcess): Promise<KioskPage> {
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.syncNow();
  return kiosk;
}

/**
 * The check-ins the server holds for these people. Read from the server: once they have synced,
 * the kiosk keeps only the day's minimum, not the ops.
 */
async function checkInsOf(server: ServerProcess, participantIds: readonly string[]) {
  return (await serverOps(server))
    .filter((op): op is Op & { type: 'visit.checkedIn' } => op.type === 'visit.checkedIn')
    .map((op) => op.payload)
    .filter((visit) => visit.who === 'participant' && participantIds.includes(visit.participantId));
}

test('typing a name shows nobody; a wrong birthday and an unknown name get the same answer; the right pair finds one', async ({
  browser,
  server,
  page,
}) => {
  const rosa = uniqueName('Rosa');
  const [rosaId] = await enrollPeople(browser, server, [
    { preferredName: rosa, lastName: 'Marroquín', birthDate: '1984-04-09', language: 'en' },
  ]);
  const kiosk = await kioskWithDirectory(page, server);
  const main = page.locator('main');

  await kiosk.button('Find my name').click();
  await expect(kiosk.heading('Find your name')).toBeVisible();
  await expect(kiosk.nameInput()).toBeFocused();
  await expect(page.getByText('Your first name, or the name you go by')).toBeVisible();
  await kiosk.nameInput().fill(rosa);
  // Nothing is listed or hinted while typing: not her label, not a count, not "not found".
  await expect(kiosk.button('Continue')).toBeEnabled();
  await expect(main).not.toContainText(`${rosa} M.`);
  await expect(main.getByRole('list')).toHaveCount(0);
  await expect(main.getByRole('status')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'find my name');
  await kiosk.button('Continue').click();

  await expect(kiosk.heading('What is your birthday?')).toBeFocused();
  await expect(main).not.toContainText(`${rosa} M.`);
  await expect(kiosk.button('4 · April')).toBeVisible();
  await expect(kiosk.button('12 · December')).toBeVisible();
  await kiosk.button('4 · April').click();
  await page.getByRole('button', { name: '10', exact: true }).click();
  await expectNoSeriousViolations(page, 'birthday');
  // Back keeps what was typed.
  await kiosk.button('Back').click();
  await expect(kiosk.nameInput()).toHaveValue(rosa);
  await kiosk.button('Continue').click();
  await kiosk.button('4 · April').click();
  await page.getByRole('button', { name: '10', exact: true }).click();
  await kiosk.button('Continue').click();

  // A wrong birthday: the kind dead end, word for word the same as for a name nobody has.
  await expect(kiosk.heading('Please see a staff member')).toBeFocused();
  await expect(main).not.toContainText(rosa);
  const wrongBirthday = await main.textContent();
  await kiosk.button('Start over').click();
  await kiosk.findMyName(uniqueName('Nadie'), { month: 4, day: 9 });
  await expect(kiosk.heading('Please see a staff member')).toBeVisible();
  expect(await main.textContent()).toBe(wrongBirthday);
  await kiosk.button('Start over').click();

  // The right name and birthday: only now her first name and last initial, to confirm.
  await kiosk.findMyName(rosa.toUpperCase(), { month: 4, day: 9 });
  await expect(kiosk.heading('Is this you?')).toBeFocused();
  await expect(main).toContainText(`${rosa} M.`);
  await expect(main).not.toContainText('Marroquín');
  await expectNoSeriousViolations(page, 'is this you');
  await kiosk.confirmItsMe();
  await expect(kiosk.heading('What do you need today?')).toBeVisible();
  await expect(page.getByText(`Hi, ${rosa}.`)).toBeVisible();
  // The visit is recorded when she confirms, not when she is found.
  await kiosk.button('Nothing today, thanks').click();
  await expect(kiosk.ticket()).toBeVisible();
  await expect
    .poll(() => checkInsOf(server, [rosaId as string]), { timeout: 20_000 })
    .toEqual([expect.objectContaining({ who: 'participant', participantId: rosaId, method: 'name' })]);
});

test('en español: look-alikes choose by last initial, and identical look-alikes see staff', async ({
  browser,
  server,
  page,
}) => {
  const luis = uniqueName('Luis');
  const ana = uniqueName('Ana');
  const people = await enrollPeople(browser, server, [
    { preferredName: luis, lastName: 'Moreno', birthDate: '1980-03-14' },
    { preferredName: luis, lastName: 'Torres', birthDate: '1975-03-14' },
    { preferredName: ana, lastName: 'Flores', birthDate: '1990-02-20' },
    { preferredName: ana, lastName: 'Fuentes', birthDate: '1969-02-20' },
  ]);
  const kiosk = await kioskWithDirectory(page, server);
  await kiosk.chooseLanguage('Español');
  const main = page.locator('main');

  // Two people called Luis… born on March 14: the kiosk offers their last initials.
  await kiosk.findMyName(luis, { month: 3, day: 14 });
  await expect(kiosk.heading('¿Cuál es usted?')).toBeFocused();
  await expect(kiosk.button(`${luis} M.`)).toBeVisible();
  await expect(kiosk.button(`${luis} T.`)).toBeVisible();
  await expect(main).not.toContainText('Torres');
  await expectNoSeriousViolations(page, 'cuál es usted');
  await kiosk.button(`${luis} T.`).click();
  await expect(kiosk.heading('¿Qué necesita hoy?')).toBeVisible();
  await expect(page.getByText(`Hola, ${luis}.`)).toBeVisible();
  await kiosk.button('Nada hoy, gracias').click();
  await kiosk.button('Listo').click();

  // Two "Ana… F." born on February 20: nobody can tell them apart here, so staff help.
  await kiosk.findMyName(ana, { month: 2, day: 20 });
  await expect(kiosk.heading('Por favor, hable con alguien del personal')).toBeFocused();
  await expect(main).not.toContainText(ana);
  await expectNoSeriousViolations(page, 'personal');

  await expect
    .poll(() => checkInsOf(server, people), { timeout: 20_000 })
    .toEqual([expect.objectContaining({ who: 'participant', participantId: people[1], method: 'name' })]);
});

test('three misses in a row rest name check-in for 30 seconds, across people; then it comes back by itself', async ({
  browser,
  server,
  page,
}) => {
  const rosa = uniqueName('Rosa');
  await enrollPeople(browser, server, [{ preferredName: rosa, lastName: 'Delgado', birthDate: '1984-04-09' }]);
  await page.clock.install();
  const kiosk = await kioskWithDirectory(page, server);

  // First miss: a wrong birthday. Second: a name nobody has.
  await kiosk.findMyName(rosa, { month: 4, day: 10 });
  await expect(kiosk.heading('Please see a staff member')).toBeVisible();
  await kiosk.button('Start over').click();
  await kiosk.findMyName(uniqueName('Nadie'), { month: 4, day: 9 });
  await expect(kiosk.heading('Please see a staff member')).toBeVisible();
  // The kiosk clears itself for the next person; the count of misses stays.
  await page.clock.runFor(61_000);
  await expect(kiosk.heading('Welcome')).toBeVisible();

  // Third: the right name and birthday, but "No, that is not me".
  expect(await kiosk.findMyName(rosa, { month: 4, day: 9 }), 'the third look-up finds Rosa').toBe('Is this you?');
  await expect(kiosk.heading('Is this you?')).toBeVisible();
  await kiosk.notMe();
  await expect(kiosk.heading('Name check-in is resting for a moment')).toBeFocused();
  await expect(page.getByText('It will be ready again in a little while.', { exact: false })).toBeVisible();
  await expect(kiosk.button('Scan my card')).toBeVisible();
  await expect(kiosk.button(/I’m visiting/)).toBeVisible();
  await expect(kiosk.button('Find my name')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'resting');

  // While it rests, "Find my name" leads back to the same calm message; the other ways still work.
  await kiosk.button('Start over').click();
  await kiosk.button('Find my name').click();
  await expect(kiosk.heading('Name check-in is resting for a moment')).toBeVisible();
  await kiosk.button(/I’m visiting/).click();
  await expect(kiosk.heading('Welcome!')).toBeVisible();
  await kiosk.button('Back').click();
  await kiosk.button('Find my name').click();
  await expect(kiosk.heading('Name check-in is resting for a moment')).toBeVisible();

  // 30 seconds later it is back, without anyone doing anything.
  await page.clock.runFor(30_000);
  await expect(kiosk.heading('Name check-in is ready again')).toBeVisible();
  await expectNoSeriousViolations(page, 'ready again');
  await kiosk.button('Find my name').click();
  await expect(kiosk.heading('Find your name')).toBeVisible();
  await kiosk.button('Back').click();
  await kiosk.findMyName(rosa, { month: 4, day: 9 });
  await expect(kiosk.heading('Is this you?')).toBeVisible();
  await kiosk.confirmItsMe();
  await expect(page.getByText(`Hi, ${rosa}.`)).toBeVisible();
});

test('someone with no birth date cannot check in by name, and the enrol form and their profile say so', async ({
  browser,
  server,
  page,
}) => {
  const omar = uniqueName('Omar');
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const note = 'No birth date on record: checks in with their card or at the front desk';

  await staffPage.goto('/staff/participants/new');
  await expect(staffPage.getByText(note)).toBeVisible();
  await staffPage.getByLabel('Birth date (optional)').fill('1980-01-01');
  await expect(staffPage.getByText(note)).toBeHidden();

  const omarId = await enrollThroughConsole(staffPage, { preferredName: omar, lastName: 'Reyes' });
  await staffPage.goto(`/staff/participants/${omarId}`);
  const details = staffPage.getByRole('region', { name: 'Details' });
  await expect(details.locator('dt:text-is("Kiosk check-in") + dd')).toHaveText(note);
  await staffPage.getByRole('button', { name: 'Español' }).click();
  await expect(
    staffPage.getByRole('region', { name: 'Datos' }).locator('dt:text-is("Registro en el quiosco") + dd'),
  ).toHaveText('No hay fecha de nacimiento registrada: se registra con su tarjeta o en la recepción');
  await waitUntilSynced(staffPage);
  await staffContext.close();

  const kiosk = await kioskWithDirectory(page, server);
  await kiosk.findMyName(omar, { month: 1, day: 1 });
  await expect(kiosk.heading('Please see a staff member')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(omar);
});
