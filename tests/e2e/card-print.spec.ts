/**
 * Printing member cards: exact physical sizes in print and in a PDF, a QR code that reads back
 * from a 300 dpi image as the issued payload, and a lost card replaced by a new one.
 */
import { PDFDocument } from 'pdf-lib';
import { expect, test } from './fixtures.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { cardsOf, decodeQr, enrollThroughConsole, sha256 } from './support/cards.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { uniqueName } from './support/names.js';

const MM = 96 / 25.4; // CSS pixels per millimetre
const DPI_300 = 300 / 96;

test.use({ deviceScaleFactor: DPI_300 });

test('a printed card has exact sizes, reads back as its payload, and a lost card is replaced', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const participantId = await enrollThroughConsole(page, { language: 'es' });

  await page.goto(`/staff/cards/print?participants=${participantId}&reason=new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Print member cards' })).toBeVisible();
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 card ready to print.' })).toBeVisible();

  // The card speaks the participant's language (Spanish) and shows no last name.
  const card = page.locator('.member-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Teodoro');
  await expect(card).toContainText('LEAD Hollywood');
  await expect(card).toContainText('Tarjeta de miembro');
  await expect(card).toContainText('1151 N. Western Ave, Los Angeles, CA 90029');
  await expect(card).toContainText('323-952-6099');
  await expect(card).toContainText(/Abierto lun, mié, vie 11 a\.\s?m\..4 p\.\s?m\./);
  await expect(card).not.toContainText('Alvarado');

  // In print, only the sheet shows, and every size is physical.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const box = await card.boundingBox();
  expect((box?.width ?? 0) / MM).toBeCloseTo(85.6, 0);
  expect((box?.height ?? 0) / MM).toBeCloseTo(54, 0);
  const qr = page.locator('.member-card__qr');
  const qrBox = await qr.boundingBox();
  const modules = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
  const symbolMm = (((qrBox?.width ?? 0) / MM) * (modules - 8)) / modules;
  expect(symbolMm).toBeGreaterThanOrEqual(25);

  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const { width, height } = pdf.getPage(0).getSize();
  expect([Math.round(width), Math.round(height)]).toEqual([612, 792]); // US Letter in points

  // A 300 dpi image of the card: 85.6 × 54 mm, and its QR code is the issued payload.
  const png = await card.screenshot();
  const { PNG } = await import('pngjs');
  const image = PNG.sync.read(png);
  // Within half a millimetre (the screenshot snaps the box to whole device pixels).
  expect(Math.abs(image.width - (85.6 / 25.4) * 300)).toBeLessThanOrEqual(5);
  expect(Math.abs(image.height - (54 / 25.4) * 300)).toBeLessThanOrEqual(5);
  const token = decodeQr(png);
  expect(token).toMatch(/^LD1-[0-9A-HJKMNP-TV-Z]{26}$/);
  const working = (await cardsOf(page, participantId)).filter((c) => c.revoked === null);
  expect(working.map((c) => c.tokenHash)).toEqual([sha256(token ?? '')]);
  await page.emulateMedia({ media: 'screen' });

  // The card is lost: a new one, and the old one stops working.
  await page.goto(`/staff/cards/print?participants=${participantId}&reason=lost`);
  await expect(page.getByText('Their current card will stop working.')).toBeVisible();
  await page.getByRole('button', { name: 'Make cards' }).click();
  const replacement = decodeQr(await page.locator('.member-card').screenshot());
  expect(replacement).toMatch(/^LD1-/);
  expect(replacement).not.toBe(token);
  const cards = await cardsOf(page, participantId);
  expect(cards.filter((c) => c.revoked === null).map((c) => c.tokenHash)).toEqual([sha256(replacement ?? '')]);
  expect(cards.filter((c) => c.revoked !== null).map((c) => [c.tokenHash, c.revoked?.reason])).toEqual([
    [sha256(token ?? ''), 'lost'],
  ]);
  expect(pageErrors).toEqual([]);
});

test('an id this device does not know is listed as not found, and the others still get their cards', async ({
  page,
  server,
}) => {
  await openConsoleAsAdmin(page, server);
  const known = await enrollThroughConsole(page);
  await page.goto(`/staff/cards/print?participants=nobody_here_0001,${known}&reason=new`);
  await expect(page.getByText('Not found on this device')).toBeVisible();
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(page.locator('.member-card')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  expect((await cardsOf(page, known)).filter((card) => card.revoked === null)).toHaveLength(1);
});

test('a sheet for several participants fills Letter pages, 8 cards a page', async ({ page, server }) => {
  await openConsoleAsAdmin(page, server);
  const ids: string[] = [];
  for (let index = 0; index < 9; index += 1)
    ids.push(await enrollThroughConsole(page, { preferredName: `Person ${index}` }));
  await page.goto(`/staff/cards/print?participants=${ids.join(',')}&reason=new`);
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(page.locator('.member-card')).toHaveCount(9);
  await expect(page.locator('.card-page')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf.getPageCount()).toBe(2);
});

for (const language of ['English', 'Español'] as const) {
  test(`the print page has no serious accessibility violations in ${language}`, async ({ page, server }) => {
    await openConsoleAsAdmin(page, server);
    const participantId = await enrollThroughConsole(page, { language: 'en' });
    await page.goto(`/staff/cards/print?participants=${participantId}`);
    await page.getByRole('button', { name: language }).click();
    await page.getByRole('button', { name: language === 'English' ? 'Make cards' : 'Crear tarjetas' }).click();
    await expect(page.locator('.member-card')).toHaveCount(1);
    await expectNoSeriousViolations(page, `print page in ${language}`);
  });
}

test('through the screens: enrol someone, print their card, then replace it when it is lost', async ({
  page,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const participants = new ParticipantsPage(page);
  await participants.openList();
  await page.getByRole('link', { name: 'Enroll a participant' }).click();
  const rosa = uniqueName('Rosa');
  await participants.enroll({ preferredName: rosa, lastName: 'Quintero' });
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${rosa} Quintero`) })).toBeVisible();

  // The notice after enrolling offers it, and so does the profile's card panel.
  await page.getByRole('link', { name: 'Print a member card' }).first().click();
  await page.getByRole('button', { name: 'Make cards' }).click();
  const first = decodeQr(await page.locator('.member-card').screenshot());
  expect(first).toMatch(/^LD1-/);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${rosa} Quintero`) })).toBeVisible();
  await expect(page.getByText('Working', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Card lost → print a new one' }).click();
  await expect(page.getByText('Their current card will stop working.')).toBeVisible();
  await page.getByRole('button', { name: 'Make cards' }).click();
  const second = decodeQr(await page.locator('.member-card').screenshot());
  expect(second).toMatch(/^LD1-/);
  expect(second).not.toBe(first);

  await page.goBack();
  await expect(page.getByText(/Stopped working on .*: reported lost/)).toBeVisible();
  await expect(page.getByText('Working', { exact: true })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
