/**
 * Every kiosk screen a participant can reach, in every language the kiosk speaks and the
 * pseudo-locale, on a landscape and a portrait tablet: no serious accessibility violations, no
 * text cut off, no character drawn as a box for want of a font, and (in the pseudo-locale) no
 * English that skipped the catalogues. Screenshots go to build/e2e-screens for a person to look at.
 */
import type { Page } from '@playwright/test';
import { SEED_CATALOG } from '../../src/core/catalog/seed.js';
import { centerDay } from '../../src/core/day.js';
import { zonedInstant } from '../../src/core/hours.js';
import { groupOf, itemName } from '../../src/core/kiosk/needs.js';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../src/i18n/languages.js';
import { GROUP_LABEL } from '../../src/kiosk/need-group-words.js';
import { wordsIn } from '../support/catalogues.js';
import { test as base, expect } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { newPairingCode } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { receiveStock } from './support/center.js';
import { openConsoleAsAdmin, waitUntilSynced } from './support/flows.js';
import { TABLETS } from './support/kiosk-words.js';
import { uniqueDeviceName, uniqueName } from './support/names.js';
import { expectOnlyPseudoMessages } from './support/pseudo-text.js';
import { expectNoMissingGlyphs, expectNothingClipped } from './support/text-checks.js';

/** The people the kiosks look for, enrolled once per worker: one to find, two who share a name and birthday. */
interface People {
  readonly found: string;
  readonly twin: string;
}

const test = base.extend<object, { people: People }>({
  people: [
    async ({ browser, server }, use) => {
      const found = uniqueName('Wendolyn');
      const twin = uniqueName('Luis');
      const context = await browser.newContext({ baseURL: server.baseUrl });
      const page = await context.newPage();
      await openConsoleAsAdmin(page, server);
      await enrollThroughConsole(page, { preferredName: found, lastName: 'Quispe', birthDate: '1988-04-09' });
      await enrollThroughConsole(page, { preferredName: twin, lastName: 'Moreno', birthDate: '1980-03-14' });
      await enrollThroughConsole(page, { preferredName: twin, lastName: 'Torres', birthDate: '1975-03-14' });
      await receiveStock(server, { item_blanket: 200 });
      await waitUntilSynced(page);
      await context.close();
      await use({ found, twin });
    },
    { scope: 'worker' },
  ],
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

/** Noon in Los Angeles on the first Saturday at least a day from now: closed (the kiosks are open only for 12 hours). */
function nextSaturdayNoon(): Date {
  for (let days = 1; days <= 8; days += 1) {
    const noon = zonedInstant(centerDay(new Date(Date.now() + days * 86_400_000)), '12:00');
    if (noon.getUTCDay() === 6) return noon;
  }
  throw new Error('no Saturday within a week');
}

const BLANKET = SEED_CATALOG.find(({ id }) => id === 'item_blanket')?.item;
if (!BLANKET) throw new Error('no seeded blanket');

/** Data the pseudo-locale shows as it is: every seeded item's English name, the site, tickets. */
const DATA: readonly (string | RegExp)[] = [
  ...SEED_CATALOG.map(({ item }) => item.names.en ?? '').filter(Boolean),
  /LEAD Hollywood/g,
  /1151 N\. Western Ave, Los Angeles, CA 90029/g,
  /\b[A-Z]{1,2}-\d+\b/g,
  ...LANGUAGES.map((language) => language.name),
];

// Both workers share the file's tests, each with its server and people.
test.describe.configure({ mode: 'parallel' });

for (const language of [...LANGUAGES, PSEUDO_LANGUAGE]) {
  const words = wordsIn(language.code);
  for (const tablet of TABLETS) {
    test(`${language.code}, ${tablet.name}: every kiosk screen fits, draws every character and is accessible`, async ({
      page,
      server,
      people,
    }) => {
      // Eighteen screens, each with axe: on a loaded 2-core machine this took over 3 minutes once.
      test.slow();
      await page.setViewportSize({ width: tablet.width, height: tablet.height });
      const visitor = uniqueName('Marisol');
      const kiosk = new KioskPage(page);
      const drawable = new Set<string>();
      const check = async (screen: string) => {
        await page.screenshot({
          path: `build/e2e-screens/${language.code}-${tablet.name}-${screen}.png`,
          fullPage: true,
        });
        await expectNothingClipped(page, screen);
        await expectNoMissingGlyphs(page, screen, { checked: drawable });
        if (language === PSEUDO_LANGUAGE)
          await expectOnlyPseudoMessages(page, screen, [...DATA, people.found, people.twin, visitor]);
        await expectNoSeriousViolations(page, screen);
      };

      // A tablet not set up yet, in this language; then set up with a fresh code.
      await page.clock.install();
      await page.goto(`/kiosk?lang=${encodeURIComponent(language.code)}`);
      await expect(kiosk.heading(words('kiosk.pairing.title'))).toBeVisible();
      await check('pairing');
      await kiosk.pairIn(language.code, await newPairingCode(server, uniqueDeviceName(), 'kiosk'));
      await expect(kiosk.heading(words('kiosk.welcome'))).toBeVisible();
      await kiosk.syncNow();
      await check('welcome');

      await kiosk.button(startsWith(words('kiosk.way.scan'))).click();
      await expect(page.getByRole('alert')).toBeVisible(); // no camera in this browser
      await check('scan');
      await kiosk.button(words('kiosk.back')).click();

      // Found by name and birthday, then what they need.
      await kiosk.button(startsWith(words('kiosk.way.name'))).click();
      await kiosk.nameInput().fill(people.found);
      await check('name');
      await kiosk.button(words('kiosk.name.continue')).click();
      await kiosk.button(/^4 · /).click();
      await page.getByRole('button', { name: '9', exact: true }).click();
      await check('birthday');
      await kiosk.button(words('kiosk.birthday.continue')).click();
      await expect(kiosk.heading(words('kiosk.confirm.title'))).toBeVisible();
      await check('is-this-you');
      await kiosk.button(words('kiosk.confirm.yes')).click();
      await expect(kiosk.heading(words('kiosk.needs.title'))).toBeVisible();
      await expect(kiosk.groupTile(words('kiosk.needs.discreet'))).toBeVisible();
      await check('needs');

      // The naloxone reversal report, with its name step (only after a check-in).
      await kiosk.button(words('kiosk.reversal.entry')).click();
      await expect(kiosk.heading(words('kiosk.reversal.nameTitle'))).toBeVisible();
      await check('reversal-name');
      await kiosk.button(words('kiosk.reversal.nameYes')).click();
      await expect(kiosk.heading(words('kiosk.reversal.kitTitle'))).toBeVisible();
      await check('reversal-kit');
      await kiosk.button(words('kiosk.reversal.kitNo')).click();
      await expect(kiosk.heading(words('kiosk.reversal.doneTitle'))).toBeVisible();
      await check('reversal-done');
      await kiosk.button(words('kiosk.reversal.continue')).click();
      await expect(kiosk.heading(words('kiosk.needs.title'))).toBeVisible();

      await kiosk.groupTile(words(GROUP_LABEL[groupOf(BLANKET)])).click();
      await kiosk.tile(itemName(BLANKET, language.code)).click();
      await check('need-group');
      await kiosk.button(words('kiosk.needs.backToGroups')).click();
      await kiosk.groupTile(words('kiosk.needs.discreet')).click();
      const discreet = page.getByRole('dialog', { name: words('kiosk.needs.discreet') });
      await expect(discreet).toBeVisible();
      await check('discreet');
      await page.keyboard.press('Escape');
      await expect(discreet).toBeHidden();
      await kiosk.button(words('kiosk.needs.send')).click();
      await expect(kiosk.ticket()).toBeVisible();
      await check('done');
      await kiosk.button(words('kiosk.done.close')).click();

      // Two people with one name and birthday: choose, then "none of these" ends with staff.
      await kiosk.button(startsWith(words('kiosk.way.name'))).click();
      await kiosk.nameInput().fill(people.twin);
      await kiosk.button(words('kiosk.name.continue')).click();
      await kiosk.button(/^3 · /).click();
      await page.getByRole('button', { name: '14', exact: true }).click();
      await kiosk.button(words('kiosk.birthday.continue')).click();
      await expect(kiosk.heading(words('kiosk.choose.title'))).toBeVisible();
      await check('choose');
      await kiosk.button(words('kiosk.choose.none')).click();
      await expect(kiosk.heading(words('kiosk.seeStaff.title'))).toBeVisible();
      await check('see-staff');
      await kiosk.button(words('kiosk.startOver')).click();

      // A visitor who stops touching the screen is asked whether they are still there.
      await kiosk.button(startsWith(words('kiosk.way.visitor'))).click();
      await kiosk.nameInput().fill(visitor);
      await check('visitor');
      // 51 seconds after their last touch, and the time of day stands still there while the
      // warning is checked (so it cannot run out meanwhile); timers keep running. The touch comes
      // after the checks above: on a loaded machine they take longer than the 9 s margin.
      await kiosk.nameInput().click();
      const idleAt = (await page.evaluate(() => Date.now())) + 51_000;
      await page.clock.setFixedTime(idleAt);
      const idle = page.getByRole('alertdialog', { name: words('kiosk.idle.title') });
      await expect(idle).toBeVisible();
      await check('idle');
      await kiosk.button(words('kiosk.idle.stay')).click();
      await page.clock.setSystemTime(idleAt);
      await expect(idle).toBeHidden();
      await kiosk.button(words('kiosk.back')).click();
      await expect(kiosk.heading(words('kiosk.welcome'))).toBeVisible();

      // A Saturday: outside opening hours.
      await page.clock.setSystemTime(nextSaturdayNoon());
      await page.clock.runFor(16_000);
      await expect(kiosk.heading(words('kiosk.closed.title'))).toBeVisible();
      await check('closed');
    });
  }
}

test('the missing-glyph check fails on a character no font has', async ({ page }) => {
  await page.setContent('<p style="font: 24px sans-serif">Ready \u{E000}</p>');
  await expect(expectNoMissingGlyphs(page, 'private use character')).rejects.toThrow(/U\+E000/);
});

test('the clipping check fails on text cut off by its box', async ({ page }: { page: Page }) => {
  await page.setContent(
    '<p style="width: 4rem; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">A sentence too long</p>',
  );
  await expect(expectNothingClipped(page, 'narrow box')).rejects.toThrow(/A sentence too long/);
});
