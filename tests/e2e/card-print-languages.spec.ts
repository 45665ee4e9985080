/**
 * Member cards in every language the kiosk speaks: a sheet printed from the English staff console
 * for eight people, each preferring another language, carries each card's words in that person's
 * language and script, with every character drawn and nothing cut off; each card's QR code reads
 * back from a 300 dpi image and checks its holder in at a kiosk, which then speaks their language.
 */
import { LANGUAGES } from '../../src/i18n/languages.js';
import { wordsIn } from '../support/catalogues.js';
import { expect, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { decodeQr, enrollThroughConsole } from './support/cards.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { expectNoMissingGlyphs, expectNothingClipped } from './support/text-checks.js';

test.use({ deviceScaleFactor: 300 / 96 });

/** A name in each language's own script, as a person might give it. */
const NAMES: Record<string, string> = {
  en: 'Wendy',
  es: 'Teodoro',
  hy: 'Անահիտ',
  ko: '김지민',
  ru: 'Наталья',
  tl: 'Maricel',
  'zh-Hant': '陳美玲',
  th: 'สมชาย',
};

test('a sheet of cards in all eight languages: their words and script, readable QR codes that check in', async ({
  page,
  browser,
  server,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, server);
  const people: { code: string; name: string; id: string }[] = [];
  for (const { code } of LANGUAGES) {
    const name = NAMES[code] ?? code;
    people.push({ code, name, id: await enrollThroughConsole(page, { preferredName: name, language: code }) });
  }

  await page.goto(`/staff/cards/print?participants=${people.map((person) => person.id).join(',')}&reason=new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Print member cards' })).toBeVisible();
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(page.locator('.member-card')).toHaveCount(people.length);
  // The console stays in English while the cards speak their holders' languages.
  await expect(page.getByRole('heading', { level: 1, name: 'Print member cards' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectNoSeriousViolations(page, 'card sheet in eight languages');

  const tokens: { code: string; name: string; token: string }[] = [];
  for (const person of people) {
    const words = wordsIn(person.code);
    const card = page.locator(`.member-card[data-participant="${person.id}"]`);
    await expect(card, person.code).toHaveAttribute('lang', person.code);
    await expect(card, person.code).toContainText(words('cards.memberCard'));
    await expect(card, person.code).toContainText(person.name);
    for (const part of words('cards.hours')
      .split('{hours}')
      .filter((text) => text.trim()))
      await expect(card, person.code).toContainText(part.trim());
    // The days and times are the card's language too, even where the browser has no dates for it
    // (Chromium has no Armenian): no English weekday or AM/PM on a card in another language.
    if (person.code !== 'en' && person.code !== 'tl') {
      await expect(card, person.code).not.toContainText(/\b(Mon|Wed|Fri|AM|PM)\b/);
    }
    await expect(card.getByRole('img', { name: words('cards.qrLabel', { name: person.name }) })).toBeVisible();
    await expectNoMissingGlyphs(page, `${person.code} card`, { scope: card });
    await expectNothingClipped(page, `${person.code} card`, card);
    const png = await card.screenshot({ path: `build/e2e-screens/card-${person.code}.png` });
    const token = decodeQr(png);
    expect(token, `${person.code} card's QR code`).toMatch(/^LD1-[0-9A-HJKMNP-TV-Z]{26}$/);
    tokens.push({ code: person.code, name: person.name, token: token ?? '' });
  }

  // The printed sheet itself, for a person to look at.
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'build/e2e-screens/cards-all-languages.pdf', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await waitUntilSynced(page);

  // Each card checks its holder in, and the kiosk then speaks their language.
  const kioskContext = await browser.newContext({ baseURL: server.baseUrl, deviceScaleFactor: 1 });
  const kiosk = await openPairedKiosk(await kioskContext.newPage(), server);
  for (const { code, name, token } of tokens) {
    const words = wordsIn(code);
    await kiosk.scanWithKeyboardScanner(token);
    await expect(kiosk.heading(words('kiosk.needs.title')), code).toBeVisible();
    await expect(kiosk.page.getByText(words('kiosk.needs.greeting', { name })), code).toBeVisible();
    await kiosk.button(words('kiosk.startOver')).click();
    await expect(kiosk.heading('Welcome'), code).toBeVisible();
  }
  await kioskContext.close();
  expect(pageErrors).toEqual([]);
});
