/**
 * Issue 5 (staff side) end to end, through the UI: enrol with consent (and not without), the
 * duplicate hint, search, edit, stop and resume participation, the audit of profile views, the
 * whole enrolment in Spanish, and axe on the list, the form and a profile in both languages.
 */
import type { Page } from '@playwright/test';
import type { OpDraft } from '../../src/core/ops/op.js';
// The `window.leadDropin` console API's type.
import type {} from '../../src/sync/console-api.js';
import { expect, test } from './fixtures.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { uniqueName, uniqueSuffix } from './support/names.js';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test('enrol, duplicate hint, search, edit, stop and resume, and the profile view in the activity log', async ({
  page,
  server,
  pageErrors,
}) => {
  const staff = await openConsoleAsAdmin(page, server);
  const participants = new ParticipantsPage(page);
  // An accented name and the same name without accents, that no other test's search finds:
  // the tag leads the last name so that a search for its start ("…marti") is still this test's.
  const tag = uniqueSuffix();
  const Tag = tag.charAt(0).toUpperCase() + tag.slice(1);
  const [jose, martinez] = [`José${tag}`, `${Tag}martínez`];
  const [joseBare, martinezBare] = [`Jose${tag}`, `${Tag}martinez`];
  await participants.openList();
  await expect(heading(page, 'Participants')).toBeVisible();

  // Without the person's agreement nothing is saved, and the form says why.
  await page.getByRole('link', { name: 'Enroll a participant' }).click();
  await expect(heading(page, 'Enroll a participant')).toBeVisible();
  await participants.enroll({ preferredName: jose, lastName: martinez, birthDate: '1980-03-05', consent: false });
  await expect(page.getByText('Enrolling needs the person’s agreement.')).toBeVisible();
  const consent = page.getByRole('checkbox', { name: 'The participant agreed to take part after hearing this' });
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toBeFocused();
  await page.getByRole('link', { name: 'Back to participants' }).click();
  await page.getByRole('radio', { name: 'All' }).check();
  await participants.search(jose);
  await expect(participants.rows()).toHaveCount(0);

  // With it, the profile opens and offers the first card.
  await page.getByRole('link', { name: 'Enroll a participant' }).click();
  await participants.enroll({ preferredName: jose, lastName: martinez, birthDate: '1980-03-05' });
  await expect(heading(page, `${jose} ${martinez}`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Enrolled.' })).toBeVisible();
  const joseId = page.url().split('/').pop() ?? '';
  await expect(page.getByRole('link', { name: 'Print a member card' }).first()).toHaveAttribute(
    'href',
    `/staff/cards/print?participants=${joseId}&reason=new`,
  );
  await expect(page.getByText('Community referral: a service provider')).toBeVisible();
  await expect(page.getByText(/Agreed on .*, recorded by Ana Admin\./)).toBeVisible();

  // The same name without accents and the same birth date: a hint, then "Enroll anyway".
  await participants.openList();
  await page.getByRole('link', { name: 'Enroll a participant' }).click();
  await participants.enroll({ preferredName: joseBare, lastName: martinezBare, birthDate: '1980-03-05' });
  await expect(page.getByRole('heading', { name: 'This may be someone already enrolled' })).toBeVisible();
  await expect(page.getByRole('link', { name: `${jose} ${martinez.charAt(0)}.` })).toHaveAttribute(
    'href',
    `/staff/participants/${joseId}`,
  );
  await expect(heading(page, 'Enroll a participant')).toBeVisible();
  await page.getByRole('button', { name: 'Enroll anyway' }).click();
  await expect(heading(page, `${joseBare} ${martinezBare}`)).toBeVisible();

  // Search ignores accents and capitals, and matches the start of any name.
  await participants.openList();
  await participants.search(joseBare.toLowerCase());
  await expect(participants.rows()).toHaveCount(2);
  await expect(page.getByRole('link', { name: `${jose} ${martinez}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${joseBare} ${martinezBare}` })).toBeVisible();
  await participants.search(`${tag}marti`);
  await expect(participants.rows()).toHaveCount(2);
  await participants.search('tinez');
  await expect(page.getByText('No one matches.')).toBeVisible();

  // Both selected: one link prints both cards.
  await participants.search(`${tag}marti`);
  await page.getByRole('checkbox', { name: `Select ${jose} ${martinez}` }).check();
  await page.getByRole('checkbox', { name: `Select ${joseBare} ${martinezBare}` }).check();
  await expect(page.getByRole('link', { name: 'Print cards for selected' })).toHaveAttribute(
    'href',
    new RegExp(`^/staff/cards/print\\?participants=([\\w-]+,${joseId}|${joseId},[\\w-]+)&reason=new$`),
  );

  // Edit: only the pronouns change.
  await page.getByRole('link', { name: `${jose} ${martinez}` }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('combobox', { name: 'Pronouns' }).fill('he/him');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'he/him' })).toBeVisible();

  // Stop participation: gone from Active, listed under Inactive; resume brings it back.
  await page.getByRole('button', { name: 'Stop participation' }).click();
  await page.getByRole('button', { name: 'Yes, stop participation' }).click();
  await expect(page.getByText('Participation stopped.')).toBeVisible();
  await participants.openList();
  await participants.search(`${tag}marti`);
  await expect(participants.rows()).toHaveCount(1);
  await expect(page.getByRole('link', { name: `${jose} ${martinez}` })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Inactive' }).check();
  await expect(page.getByRole('row', { name: new RegExp(`${jose} ${martinez} he/him`) })).toContainText('Inactive');
  await page.getByRole('link', { name: `${jose} ${martinez}` }).click();
  await page.getByRole('button', { name: 'Resume participation' }).click();
  await page.getByRole('button', { name: 'Yes, resume participation' }).click();
  await expect(page.getByText(/Taking part since/)).toBeVisible();
  await participants.openList();
  await expect(page.getByRole('row', { name: new RegExp(`${jose} ${martinez}`) })).toContainText('Active');

  // Opening a profile is in the activity log once this device has synced.
  await staff.openSection('Activity log');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row', { name: /Participant profile viewed/ }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(
    page.getByRole('row', { name: new RegExp(`Participant profile viewed.*${jose} ${martinez.charAt(0)}\\.`) }).first(),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the whole enrolment in Spanish', async ({ page, server, pageErrors }) => {
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  await page
    .getByRole('navigation', { name: 'Secciones del personal' })
    .getByRole('link', { name: 'Participantes' })
    .click();
  await expect(heading(page, 'Participantes')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Buscar por nombre o alias' })).toBeVisible();
  await page.getByRole('link', { name: 'Inscribir a un participante' }).click();
  await expect(heading(page, 'Inscribir a un participante')).toBeVisible();

  await page.getByRole('button', { name: 'Inscribir', exact: true }).click();
  await expect(page.getByText('Escriba el nombre con el que quiere que le llamen.')).toBeVisible();
  await expect(page.getByText('Elija cómo llegó la persona al programa.')).toBeVisible();
  await expect(page.getByText('Para inscribir se necesita el acuerdo de la persona.')).toBeVisible();

  const lucia = uniqueName('Lucía');
  await page.getByRole('textbox', { name: 'Nombre preferido' }).fill(lucia);
  await page.getByRole('textbox', { name: 'Apellido o inicial' }).fill('Fernández');
  await page.getByRole('textbox', { name: 'Otros nombres (alias)' }).fill('Lu, Lucy');
  await page.getByRole('combobox', { name: 'Pronombres' }).fill('ella');
  await page.getByRole('combobox', { name: 'Idioma preferido' }).selectOption({ label: 'Español' });
  await page.getByLabel('Fecha de nacimiento (opcional)').fill('1975-11-02');
  await page.getByRole('radio', { name: 'Desvío por parte de las fuerzas del orden' }).check();
  await expect(
    page.getByText('Nunca registramos consumo de drogas, trabajo sexual ni cargos.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'La persona aceptó participar después de escuchar esto' }).check();
  await page.getByRole('button', { name: 'Inscribir', exact: true }).click();

  await expect(heading(page, `${lucia} Fernández`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Inscripción hecha.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Imprimir una tarjeta de miembro' }).first()).toBeVisible();
  const details = page.getByRole('region', { name: 'Datos' });
  await expect(details).toContainText('Desvío por parte de las fuerzas del orden');
  await expect(details).toContainText('Lu, Lucy');
  await expect(details).toContainText('Español');
  await expect(details.locator('dt:text-is("Registro en el quiosco") + dd')).toHaveText(
    'Con su tarjeta, o con su nombre y su cumpleaños',
  );
  await expect(page.getByRole('heading', { name: 'Visitas' })).toBeVisible();
  await expect(page.getByText('Todavía no hay visitas.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a profile lists cards, visits, requests and items received, with catalog names in the current language', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const participants = new ParticipantsPage(page);
  await participants.openList();
  await page.getByRole('link', { name: 'Enroll a participant' }).click();
  const marisol = uniqueName('Marisol');
  await participants.enroll({ preferredName: marisol, lastName: 'Reyes' });
  await expect(heading(page, `${marisol} Reyes`)).toBeVisible();
  const participantId = page.url().split('/').pop() ?? '';

  // What the print page, a kiosk and the request queue would record (those screens are built elsewhere).
  const session = (await (await page.request.get('/api/session')).json()) as { staff: { id: string } };
  const hash = (digit: string) => digit.repeat(64);
  const drafts: OpDraft[] = [
    { type: 'card.issued', payload: { cardId: 'card_old_0001', participantId, tokenHash: hash('a') } },
    { type: 'card.revoked', payload: { cardId: 'card_old_0001', participantId, reason: 'lost' } },
    { type: 'card.issued', payload: { cardId: 'card_new_0002', participantId, tokenHash: hash('b') } },
    {
      type: 'visit.checkedIn',
      payload: {
        visitId: 'visit_e2e_0001',
        day: '2026-11-27',
        ticket: 'A-7',
        who: 'participant',
        participantId,
        method: 'card',
      },
    },
    {
      type: 'request.created',
      payload: {
        requestId: 'request_e2e_0001',
        visitId: 'visit_e2e_0001',
        day: '2026-11-27',
        participantId,
        ticket: 'A-7',
        items: [
          { itemId: 'item_warm_meal', quantity: 1 },
          { itemId: 'item_hygiene_kit', quantity: 2 },
        ],
      },
    },
    {
      type: 'request.fulfilled',
      payload: {
        requestId: 'request_e2e_0001',
        partial: true,
        handedOut: [
          { itemId: 'item_warm_meal', quantity: 1 },
          { itemId: 'item_hygiene_kit', quantity: 1 },
        ],
      },
    },
  ];
  for (const draft of drafts) {
    const result = await page.evaluate(([d, actor]) => window.leadDropin?.record(d, actor), [
      draft,
      session.staff.id,
    ] as const);
    expect(result?.ok, JSON.stringify(result)).toBe(true);
  }

  const cards = page.getByRole('region', { name: 'Member cards' });
  await expect(cards.getByRole('row')).toHaveCount(3);
  await expect(cards).toContainText('Working');
  await expect(cards).toContainText(/Stopped working on .*: reported lost/);
  await expect(cards.getByRole('link', { name: 'Card lost → print a new one' })).toHaveAttribute(
    'href',
    `/staff/cards/print?participants=${participantId}&reason=lost`,
  );
  await expect(cards.getByRole('link', { name: 'Print a new card' })).toHaveAttribute(
    'href',
    `/staff/cards/print?participants=${participantId}&reason=reissued`,
  );
  await expect(cards).toContainText('The lost card stops working at once, on every device after sync.');
  await expect(page.getByRole('region', { name: 'Visits' })).toContainText('Scanned their card');
  const requests = page.getByRole('region', { name: 'Requests' });
  await expect(requests).toContainText('Warm meal × 1, Hygiene kit × 2');
  await expect(requests).toContainText('Partly handed out');
  const received = page.getByRole('region', { name: 'Items received' });
  await expect(received.getByRole('row', { name: 'Warm meal 1' })).toBeVisible();
  await expect(received.getByRole('row', { name: 'Hygiene kit 1' })).toBeVisible();

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('region', { name: 'Pedidos' })).toContainText('Comida caliente × 1, Kit de higiene × 2');
  await expect(page.getByRole('region', { name: 'Pedidos' })).toContainText('Entregado en parte');
  await expect(page.getByRole('region', { name: 'Tarjetas de miembro' })).toContainText('se perdió');

  // The list knows about the working card.
  await page.getByRole('button', { name: 'English' }).click();
  await participants.openList();
  await expect(page.getByRole('row', { name: new RegExp(`${marisol} Reyes`) })).toContainText('Working card');
  expect(pageErrors).toEqual([]);
});

for (const language of ['English', 'Español'] as const) {
  test(`the list, the enrol form and a profile have no serious accessibility violations in ${language}`, async ({
    page,
    server,
    pageErrors,
  }) => {
    // Four full axe runs and an enrolment: on a busy machine more than the default 30 s.
    await openConsoleAsAdmin(page, server);
    await page.getByRole('button', { name: language }).click();
    const check = (where: string) => expectNoSeriousViolations(page, where);
    await page.goto('/staff/participants');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check('list');
    await page.goto('/staff/participants/new');
    await expect(page.getByRole('textbox').first()).toBeVisible();
    // With every problem showing: the messages must be tied to their fields.
    await page.locator('button[type="submit"]').click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await check('enrol form');
    const person = uniqueName(language === 'English' ? 'Axel' : 'Alba');
    await page.locator('input[type="text"]').first().fill(person);
    await page.locator('input[type="radio"]').first().check();
    await page.locator('#consent-agreed').check();
    await page.locator('button[type="submit"]').click();
    await expect(heading(page, person)).toBeVisible();
    await check('profile');
    await page.goto('/staff/participants');
    await expect(page.getByRole('table')).toBeVisible();
    await check('list with people');
    expect(pageErrors).toEqual([]);
  });
}
