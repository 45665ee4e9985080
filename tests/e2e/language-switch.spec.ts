/**
 * The header's language switch: on the kiosk, one button opening a panel of all eight languages,
 * each in its own name and script, that fits both tablet sizes in every language; on the staff
 * console only English and Español, and English when the browser last showed a language the
 * console does not speak.
 */
import type { Page } from '@playwright/test';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { wordsIn } from '../support/catalogues.js';
import { expect, test } from './fixtures.js';
import { LanguageSwitch } from './pages/language-switch.js';
import { StaffPage } from './pages/staff-page.js';
import { E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { installFakeSpeech } from './support/fake-speech.js';
import { openPairedKiosk } from './support/flows.js';
import { TABLETS } from './support/kiosk-words.js';

/** Where the header's parts are: brand and tools side by side in one row, nothing past its edge. */
function headerLayout(page: Page) {
  return page.getByRole('banner').evaluate((header) => {
    const [brand, tools] = [...header.children].map((child) => child.getBoundingClientRect());
    return {
      oneRow: !!brand && !!tools && tools.top < brand.bottom && brand.top < tools.bottom,
      overflows: header.scrollWidth > header.clientWidth || header.getBoundingClientRect().right > window.innerWidth,
    };
  });
}

/** Whether the open panel is whole in the window, with nothing to scroll to. */
function panelFits(page: Page) {
  return page.getByRole('dialog').evaluate((dialog) => {
    const box = dialog.getBoundingClientRect();
    return (
      dialog.scrollHeight <= dialog.clientHeight &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth
    );
  });
}

for (const tablet of TABLETS) {
  test.describe(`the kiosk at ${tablet.width}×${tablet.height}`, () => {
    test.use({ viewport: { width: tablet.width, height: tablet.height } });

    test('the switch lists every language in its own name, closes on Escape and Close, and picks Thai', async ({
      context,
      page,
      server,
      pageErrors,
    }) => {
      // A voice for every language, so "Read aloud" takes its room in the header in each of them.
      await installFakeSpeech(context, { voices: LANGUAGES.map((language) => language.voices[0] ?? language.code) });
      const kiosk = await openPairedKiosk(page, server);
      const languages = new LanguageSwitch(page);
      const opener = languages.opener('English');
      await expect(opener).toBeVisible();
      await expect(opener).toHaveAccessibleName('Language: English');
      await expect(opener).toContainText('English');

      // Opened: a button per language, its own name in its own script, English marked as current.
      await opener.click();
      const panel = languages.panel();
      await expect(panel).toBeVisible();
      await expect(panel).toHaveAccessibleName('Language');
      const choices = panel.getByRole('listitem').getByRole('button');
      await expect(choices).toHaveText(LANGUAGES.map((language) => language.name));
      for (const language of LANGUAGES) {
        const choice = languages.choice(language.name);
        await expect(choice).toHaveAttribute('lang', language.code);
        await expect(choice).toHaveAttribute('aria-pressed', String(language.code === 'en'));
        const box = await choice.boundingBox();
        expect(box?.height).toBeGreaterThanOrEqual(48);
      }
      await expect(languages.choice('English')).toBeFocused();
      expect(await panelFits(page)).toBe(true);
      await expectNoSeriousViolations(page, 'the language panel');
      await page.screenshot({ path: `build/screens/language-panel-${tablet.width}x${tablet.height}.png` });

      // Escape closes it and gives focus back to the header button; so does Close.
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(opener).toBeFocused();
      await opener.click();
      await panel.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(panel).toBeHidden();
      await expect(opener).toBeFocused();
      await expect(kiosk.heading(wordsIn('en')('kiosk.welcome'))).toBeVisible();

      // Every language: the welcome in it, the header in one row, the panel whole; Thai last.
      const thaiLast = [
        ...LANGUAGES.filter((language) => language.code !== 'th'),
        ...LANGUAGES.filter((l) => l.code === 'th'),
      ];
      for (const language of thaiLast) {
        await languages.open();
        expect(await panelFits(page), `the panel in ${language.code}`).toBe(true);
        await languages.choice(language.name).click();
        await expect(languages.panel()).toBeHidden();
        await expect(kiosk.heading(wordsIn(language.code)('kiosk.welcome'))).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language.code);
        const current = languages.opener(language.name);
        await expect(current).toHaveAccessibleName(
          wordsIn(language.code)('language.current', { language: language.name }),
        );
        await expect(current).toBeFocused();
        await expect(kiosk.button(wordsIn(language.code)('kiosk.readAloud'))).toBeVisible();
        await page.screenshot({ path: `build/screens/language-${language.code}-${tablet.width}x${tablet.height}.png` });
        expect(await headerLayout(page), `the header in ${language.code}`).toEqual({ oneRow: true, overflows: false });
      }
      await languages.open();
      await expect(languages.choice('ไทย')).toHaveAttribute('aria-pressed', 'true');
      await expect(languages.choice('English')).toHaveAttribute('aria-pressed', 'false');
      expect(pageErrors).toEqual([]);
    });
  });
}

test('the staff console offers English and Español only, and opens in English after the kiosk spoke Korean', async ({
  page,
  server,
  pageErrors,
}) => {
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.chooseLanguage('한국어');
  await expect(kiosk.heading(wordsIn('ko')('kiosk.welcome'))).toBeVisible();

  // From the kiosk's own link to the staff sign-in.
  await page.getByRole('link', { name: wordsIn('ko')('kiosk.staffLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const staff = new StaffPage(page);
  await staff.signIn(E2E_ADMIN.loginName, E2E_ADMIN.secret);
  await expect(staff.heading('Today')).toBeVisible();

  const languages = new LanguageSwitch(page);
  const banner = page.getByRole('banner');
  await expect(languages.pill('English')).toHaveAttribute('aria-pressed', 'true');
  await expect(languages.pill('Español')).toHaveAttribute('aria-pressed', 'false');
  await expect(languages.opener()).toHaveCount(0);
  for (const language of LANGUAGES.filter((language) => !language.console)) {
    await expect(banner.getByRole('button', { name: language.name })).toHaveCount(0);
  }
  await languages.choose('Español');
  await expect(staff.heading('Hoy')).toBeVisible();
  await languages.expectShowing('Español');
  expect(pageErrors).toEqual([]);
});
