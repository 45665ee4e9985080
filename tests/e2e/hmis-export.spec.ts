/**
 * issue 16 — the HMIS export, as an admin would use it: the HMIS question on enrolment (its own,
 * after the program consent), an item's HMIS code, and the download from Catalog and hours,
 * whose zip has the HUD files and only the participant who said yes. English and Spanish.
 */
import { centerDay } from '../../src/core/day.js';
import type { OpDraft } from '../../src/core/ops/op.js';
import { testId } from '../support/op-factory.js';
import { expect, test } from './fixtures.js';
import { CatalogPage } from './pages/catalog-page.js';
import { HmisPage } from './pages/hmis-page.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin, serverOps } from './support/center.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { uniqueName } from './support/names.js';

const SERVICES_HEADER =
  'ServicesID,EnrollmentID,PersonalID,DateProvided,RecordType,TypeProvided,OtherTypeProvided,MovingOnOtherType,SubTypeProvided,FAAmount,FAStartDate,FAEndDate,ReferralOutcome,DateCreated,DateUpdated,UserID,DateDeleted,ExportID';

/** The id the server has for the participant enrolled under this preferred name. */
async function enrolledId(server: Parameters<typeof serverOps>[0], preferredName: string): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      const op = (await serverOps(server)).find(
        (candidate) =>
          candidate.type === 'participant.enrolled' && candidate.payload.profile.preferredName === preferredName,
      );
      id = op?.type === 'participant.enrolled' ? op.payload.participantId : undefined;
      return id;
    })
    .toBeTruthy();
  return id ?? '';
}

/** Today, the participant asked for the item and was given `quantity` (recorded by the admin's device). */
function handOut(participantId: string, itemId: string, quantity: number): OpDraft[] {
  const requestId = testId('request_e2e');
  return [
    {
      type: 'request.created',
      payload: {
        requestId,
        visitId: testId('visit_e2e'),
        day: centerDay(new Date()),
        participantId,
        ticket: null,
        items: [{ itemId, quantity }],
      },
    },
    { type: 'request.fulfilled', payload: { requestId, partial: false, handedOut: [{ itemId, quantity }] } },
  ];
}

test('an admin asks the HMIS question at enrolment, codes an item and downloads the HMIS zip with only the yes', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const participants = new ParticipantsPage(page);
  const hmis = new HmisPage(page);
  const yes = uniqueName('Marisol');
  const no = uniqueName('Teodoro');
  for (const [name, agreed] of [
    [yes, true],
    [no, false],
  ] as const) {
    await participants.openList();
    await page.getByRole('link', { name: 'Enroll a participant' }).click();
    await expect(page.getByRole('region', { name: 'County HMIS' })).toContainText('(HMIS)');
    await expect(hmis.consent()).not.toBeChecked();
    if (agreed) await expectNoSeriousViolations(page, 'Enroll a participant, with the HMIS question');
    await hmis.consent().setChecked(agreed);
    await participants.enroll({ preferredName: name, lastName: 'Q' });
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
    await expect(page.locator('dl')).toContainText(
      agreed ? 'Agreed: included in the HMIS export' : 'Not agreed: left out of the HMIS export',
    );
  }

  const item = await addTrackedItem(server, 'Hot meal');
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.edit(item.name);
  await expectNoSeriousViolations(page, 'Edit item, with its HMIS service code');
  await hmis.setItemCode('144', '7001');

  await pushAsAdmin(server, [
    ...handOut(await enrolledId(server, yes), item.itemId, 2),
    ...handOut(await enrolledId(server, no), item.itemId, 1),
  ]);

  await hmis.openPanel();
  await expect(hmis.panel()).toContainText('Participants without HMIS consent, and their services');
  await expect(hmis.panel()).toContainText('Visitors who are not enrolled.');
  const today = centerDay(new Date());
  const zip = await hmis.download(today, today);
  expect(Object.keys(zip).sort()).toEqual(
    expect.arrayContaining([
      'Export.csv',
      'Organization.csv',
      'Project.csv',
      'User.csv',
      'Client.csv',
      'Enrollment.csv',
      'Exit.csv',
      'Services.csv',
      'README.txt',
    ]),
  );
  expect(zip['Services.csv']?.split('\r\n')[0]).toBe(SERVICES_HEADER);
  expect(zip['Client.csv']).toContain(yes);
  expect(zip['Client.csv']).not.toContain(no);
  expect(zip['Services.csv']).toContain(',144,7001,,,,2,');
  expect(zip['README.txt']).toMatch(/participant\(s\) without HMIS consent/);
  expect(pageErrors).toEqual([]);
});

test('en español: la pregunta del HMIS al inscribir y la descarga de la exportación', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.goto('/staff/participants/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Inscribir a un participante' })).toBeVisible();
  const hmis = new HmisPage(page, 'es');
  const region = page.getByRole('region', { name: 'HMIS del condado' });
  await expect(region.locator('blockquote')).toHaveAttribute('lang', 'es');
  await expect(region).toContainText('Puede decir que no y seguir participando');

  const person = uniqueName('Rocío');
  await page.getByRole('textbox', { name: 'Nombre preferido' }).fill(person);
  await page.getByRole('textbox', { name: /Apellido/ }).fill('V');
  await page.getByRole('radio', { name: /proveedor de servicios/ }).check();
  await page.getByRole('checkbox', { name: /aceptó participar/ }).check();
  await hmis.consent().check();
  await page.getByRole('button', { name: 'Inscribir', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(person) })).toBeVisible();
  await expect(page.locator('dl')).toContainText('Aceptó: se incluye en la exportación al HMIS');

  const item = await addTrackedItem(server, 'Kit de higiene', {
    fields: { hmisService: { recordType: 144, typeProvided: 7002 } },
  });
  await pushAsAdmin(server, handOut(await enrolledId(server, person), item.itemId, 1));

  await hmis.openPanel();
  await expectNoSeriousViolations(page, 'Catálogo y horario, con la exportación al HMIS');
  await expect(hmis.panel()).toContainText('Participantes sin consentimiento para el HMIS, y sus servicios');
  const today = centerDay(new Date());
  const zip = await hmis.download(today, today);
  expect(zip['Services.csv']?.split('\r\n')[0]).toBe(SERVICES_HEADER);
  expect(zip['Client.csv']).toContain(person);
  expect(zip['Services.csv']).toContain(',144,7002,,,,1,');
  expect(pageErrors).toEqual([]);
});
