/**
 * Consent in the participant's language (issue 15, item 8): on an English console, choosing
 * Español as the participant's language shows the consent text in Spanish (who sees their
 * information, nothing to police or the referrer), and the enrolment records that version.
 */
import { expect, test } from './fixtures.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { uniqueName } from './support/names.js';

test('an English console reads consent in Spanish to a Spanish speaker and records the Spanish version', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const participants = new ParticipantsPage(page);
  await participants.openList();
  await page.getByRole('link', { name: 'Enroll a participant' }).click();

  // Before a language is chosen the text follows the console, and says who sees what.
  const consent = participants.consentText();
  await expect(consent).toHaveAttribute('lang', 'en');
  await expect(consent).toContainText('only LEAD program staff');
  await expect(consent).toContainText('Nothing goes to the police, to whoever referred you');
  await expect(page.getByText(/In the participant’s language/)).toHaveCount(0);

  await participants.chooseLanguage('Español');
  await expect(consent).toHaveAttribute('lang', 'es');
  await expect(consent).toContainText('solo el personal del programa LEAD');
  await expect(consent).toContainText('solo su nombre y la primera letra de su apellido');
  await expect(consent).toContainText('No se comparte nada con la policía, con quien le refirió');
  await expect(page.getByText('In the participant’s language: Español.')).toBeVisible();
  // The console itself stays in English.
  await expect(page.getByRole('heading', { level: 1, name: 'Enroll a participant' })).toBeVisible();

  const person = uniqueName('Lucía');
  await participants.enroll({ preferredName: person, lastName: 'R' });
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(person) })).toBeVisible();
  const details = page.locator('dl').filter({ hasText: 'Consent text version' });
  await expect(details).toContainText('2026-12-es');

  // The server has the same version on the enrolment.
  await expect
    .poll(async () => {
      const enrolled = (await serverOps(server)).find(
        (op) => op.type === 'participant.enrolled' && op.payload.profile.preferredName === person,
      );
      return enrolled?.type === 'participant.enrolled' ? enrolled.payload.consent.textVersion : null;
    })
    .toBe('2026-12-es');
  expect(pageErrors).toEqual([]);
});

test('a Spanish console reads consent in English to an English speaker', async ({ page, server, pageErrors }) => {
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.goto('/staff/participants/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Inscribir a un participante' })).toBeVisible();
  const consent = page.getByRole('region', { name: 'Consentimiento' }).locator('blockquote');
  await expect(consent).toHaveAttribute('lang', 'es');
  await page.getByRole('combobox', { name: 'Idioma preferido' }).selectOption({ label: 'English' });
  await expect(consent).toHaveAttribute('lang', 'en');
  await expect(consent).toContainText('Who sees your information: only LEAD program staff.');
  await expect(page.getByText('En el idioma de la persona: English.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
