/** Touch targets of at least 48 px: every button, input and link the kiosk's main area shows now. */
import { expect, type Page } from '@playwright/test';

export async function expectTouchSized(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main input, main a, main [role="button"]')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(
        ({ element, box }) =>
          `${element.textContent?.trim() || element.getAttribute('aria-label')} ${box.width}×${box.height}`,
      ),
  );
  expect(small, `${screen}: touch targets under 48 px`).toEqual([]);
}
