/**
 * The lobby kiosk, used as a participant or visitor would: by name and birthday, by
 * a card scanner that types, as a visitor; asking for things, seeing the ticket; in English and
 * Spanish, with no serious accessibility violations on any screen.
 */
import { expect, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';

const TICKET = /^[A-Z]{1,2}-\d{1,4}$/;

test('by name and birthday: a meal, blankets, a case-manager topic and a discreet supply', async ({
  browser,
  server,
}) => {
  // Both are called Luis… and both show as "Luis… M.": only the birthday tells them apart.
  const luis = uniqueName('Luis');
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const moreno = await enrollThroughConsole(staffPage, {
    preferredName: luis,
    lastName: 'Moreno',
    birthDate: '1980-03-14',
  });
  await enrollThroughConsole(staffPage, { preferredName: luis, lastName: 'Medina', birthDate: '1975-07-02' });
  await receiveStock(server, { item_warm_meal: 20, item_blanket: 10, item_naloxone_kit: 10 });
  await waitUntilSynced(staffPage);

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const page = await kioskContext.newPage();
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.syncNow();
  await expectNoSeriousViolations(page, 'welcome');

  // Capitals and accents do not matter; the label appears only after the birthday.
  await kiosk.findMyName(luis.replace('Luis', 'LUÍS'), { month: 3, day: 14 });
  await expect(kiosk.heading('Is this you?')).toBeVisible();
  await expect(page.locator('main')).toContainText(`${luis} M.`);
  await expect(page.locator('main')).not.toContainText('Moreno');
  await kiosk.confirmItsMe();

  await expect(kiosk.heading('What do you need today?')).toBeVisible();
  // A screen reader starts reading the new screen at its heading.
  await expect(kiosk.heading('What do you need today?')).toBeFocused();
  await expect(page.getByText(`Hi, ${luis}.`)).toBeVisible();
  // Nothing on the shelf: shown, and said why.
  await kiosk.openGroup('Hygiene');
  await expect(page.locator('.kiosk-tile.is-unavailable').filter({ hasText: 'Hygiene kit' })).toContainText(
    'Not available today',
  );
  await kiosk.choose('Warm meal');
  await expect(kiosk.tile('Warm meal')).toHaveAttribute('aria-pressed', 'true');
  await kiosk.choose('Blanket');
  await kiosk.button('One more: Blanket').click();
  await expect(kiosk.button('One more: Blanket')).toBeDisabled(); // the limit is 2 a visit
  // Harm-reduction supplies sit behind one neutral tile, in a dialog that closes once one is chosen.
  await expect(kiosk.tile('Naloxone kit')).toBeHidden();
  await kiosk.choose('Naloxone kit');
  await expect(kiosk.discreetDialog()).toBeHidden();
  await expectNoSeriousViolations(page, 'needs');
  await expect(kiosk.groupTile('Health and safety supplies')).toContainText('1 chosen');
  await kiosk.choose('Housing application');
  await kiosk.button('Send my request').click();

  await expect(kiosk.heading(`Thank you, ${luis}.`)).toBeVisible();
  await expect(page.getByText('Staff will call you.')).toBeVisible();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  expect(ticket).toMatch(TICKET);
  const asked = page.getByRole('region', { name: 'You asked for' });
  await expect(asked).toContainText('Warm meal');
  await expect(asked).toContainText('Blanket × 2');
  await expect(asked).toContainText('Housing application');
  await expect(asked).toContainText('Health and safety supplies (1)');
  await expect(page.locator('main')).not.toContainText('Naloxone');
  await expectNoSeriousViolations(page, 'ticket');

  // What reached the server: one visit by name and one request, with the ticket.
  await expect
    .poll(async () => (await serverOps(server)).filter((op) => op.type === 'request.created').length, {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(1);
  const ops = await serverOps(server);
  const visit = ops.find((op) => op.type === 'visit.checkedIn' && op.payload.ticket === ticket);
  expect(visit?.payload).toMatchObject({ who: 'participant', participantId: moreno, method: 'name' });
  const request = ops.find((op) => op.type === 'request.created' && op.payload.ticket === ticket);
  expect(request?.type === 'request.created' && request.payload.items).toEqual([
    { itemId: 'item_warm_meal', quantity: 1 },
    { itemId: 'item_blanket', quantity: 2 },
    { itemId: 'item_naloxone_kit', quantity: 1 },
    { itemId: 'item_cm_housing', quantity: 1 },
  ]);

  // Back again the same day: straight to asking, same number, and the meal already asked for.
  await kiosk.button('Done').click();
  await expect(kiosk.heading('Welcome')).toBeVisible();
  await kiosk.findMyName(luis, { month: 3, day: 14 });
  // What was asked for today shows only once they have said who they are.
  await expect(page.locator('main')).not.toContainText('Warm meal');
  await kiosk.confirmItsMe();
  await expect(page.getByText('You already checked in today. You can ask for more here.')).toBeVisible();
  await kiosk.openGroup('Food and drinks');
  await expect(page.locator('.kiosk-tile.is-unavailable').filter({ hasText: 'Warm meal' })).toContainText(
    'You already asked for this today',
  );
  await kiosk.button('Nothing today, thanks').click();
  await expect(kiosk.ticket()).toHaveText(ticket);
  // One visit only. The kiosk keeps no visit once the server has it, so ask the server.
  await waitUntilSynced(page);
  const visits = (await serverOps(server)).filter(
    (op) => op.type === 'visit.checkedIn' && op.payload.who === 'participant' && op.payload.participantId === moreno,
  );
  expect(visits).toHaveLength(1);
  await kioskContext.close();
  await staffContext.close();
});

test('en español: a card scanner that types, an unknown card, and a visitor', async ({ browser, server }) => {
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const [rosaName, carla] = [uniqueName('Rosa'), uniqueName('Carla')];
  const rosa = await enrollThroughConsole(staffPage, { preferredName: rosaName, lastName: 'Delgado' });
  const { payload } = await printCard(staffPage, rosa);

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const page = await kioskContext.newPage();
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.heading('Le damos la bienvenida')).toBeVisible();
  await expectNoSeriousViolations(page, 'bienvenida');

  // A card nobody issued: a kind "see staff", nothing else.
  await kiosk.scanWithKeyboardScanner('LD1-0000000000000000000000000Z');
  await expect(kiosk.heading('Por favor, hable con alguien del personal')).toBeVisible();
  await expectNoSeriousViolations(page, 'personal');
  await kiosk.button('Volver al inicio').click();

  // Rosa's card, read by a USB scanner on the welcome screen, nothing tapped first. Her card
  // reaches this kiosk by sync, so the first scans may come before it does.
  await expect(async () => {
    await kiosk.scanWithKeyboardScanner(payload.toLowerCase());
    await expect(page.getByText(`Hola, ${rosaName}.`)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(kiosk.heading('¿Qué necesita hoy?')).toBeVisible();
  await expect(kiosk.groupTile('Hablar con mi administrador de casos')).toBeVisible();
  await expectNoSeriousViolations(page, 'necesidades');
  await kiosk.choose('Cargar el teléfono');
  await kiosk.choose('Documentos e identificación');
  await expect(page.getByRole('heading', { name: 'Hablar con mi administrador de casos sobre…' })).toBeVisible();
  await kiosk.button('Enviar mi pedido').click();
  await expect(kiosk.heading(`Gracias, ${rosaName}.`)).toBeVisible();
  await expect(page.getByText('Su número es')).toBeVisible();
  await expect(kiosk.ticket()).toHaveText(TICKET);
  await expectNoSeriousViolations(page, 'número');
  await kiosk.button('Listo').click();

  await kiosk.button(/Vengo de visita/).click();
  await expect(kiosk.heading('¡Le damos la bienvenida!')).toBeVisible();
  await expectNoSeriousViolations(page, 'visitante');
  await page.getByRole('textbox', { name: 'Su nombre (puede dejarlo vacío)' }).fill(carla);
  await kiosk.button('Continuar').click();
  await expect(page.getByText(`Hola, ${carla}.`)).toBeVisible();
  await kiosk.choose('Café y bebidas');
  await kiosk.button('Enviar mi pedido').click();
  await expect(kiosk.heading(`Gracias, ${carla}.`)).toBeVisible();
  const visitorTicket = (await kiosk.ticket().textContent()) ?? '';

  // The kiosk keeps no visit once the server has it, so what it recorded is read on the server.
  const visitsFromThisKiosk = async () => {
    const visits = (await serverOps(server)).filter((op) => op.type === 'visit.checkedIn');
    const rosaVisit = visits.find((op) => op.payload.who === 'participant' && op.payload.participantId === rosa);
    return visits.filter((op) => op.deviceId === rosaVisit?.deviceId).map((op) => op.payload);
  };
  await expect.poll(async () => (await visitsFromThisKiosk()).length, { timeout: 15_000 }).toBe(2);
  expect(await visitsFromThisKiosk()).toEqual([
    expect.objectContaining({ who: 'participant', participantId: rosa, method: 'card' }),
    expect.objectContaining({ who: 'visitor', name: carla, ticket: visitorTicket }),
  ]);
  await kioskContext.close();
  await staffContext.close();
});

test('after a minute untouched the kiosk warns, then clears everything back to welcome', async ({ page, server }) => {
  await page.clock.install();
  const kiosk = await openPairedKiosk(page, server);
  const marisol = uniqueName('Marisol');
  await kiosk.button(/I’m visiting/).click();
  await page.getByRole('textbox').fill(marisol);
  await page.clock.runFor(45_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.runFor(6_000);
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(warning).toContainText(/This screen will clear in \d+ seconds\./);
  await expectNoSeriousViolations(page, 'idle warning');
  // A touch keeps it.
  await page.getByRole('button', { name: 'I’m still here' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('textbox')).toHaveValue(marisol);

  await page.clock.runFor(61_000);
  await expect(kiosk.heading('Welcome')).toBeVisible();
  expect(await page.content()).not.toContain(marisol);

  // The ticket screen closes by itself after 15 seconds, counting down.
  await kiosk.button(/I’m visiting/).click();
  await page.getByRole('textbox').fill(marisol);
  await kiosk.button('Continue').click();
  await kiosk.button('Nothing today, thanks').click();
  await expect(kiosk.heading(`Thank you, ${marisol}.`)).toBeVisible();
  await expect(page.getByText('This screen closes in 15 seconds.')).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(kiosk.heading('Welcome')).toBeVisible();
  expect(await page.content()).not.toContain(marisol);
});
