/**
 * A second site for end-to-end tests, made through the sync API as an admin's device would: the
 * site itself (named only for this test), its kiosks opened all day, and calls to its display.
 */
import type { Browser } from '@playwright/test';
import type { ServerProcess } from '../../support/server-process.js';
import { DisplayPage } from '../pages/display-page.js';
import { newPairingCode } from './accounts.js';
import { openKiosksAllDay, pushAsAdmin } from './center.js';
import { installFakeSpeech } from './fake-speech.js';
import { uniqueDeviceName, uniqueSuffix } from './names.js';

export interface TestSite {
  readonly siteId: string;
  readonly name: string;
  readonly address: string;
  readonly phone: string;
}

/** A new site with a name, address and phone no other test uses; its kiosks are open all day. */
export async function addSite(server: ServerProcess, base = 'LEAD North'): Promise<TestSite> {
  const suffix = uniqueSuffix();
  const site: TestSite = {
    siteId: `site_e2e_${suffix}${Date.now().toString(36)}`,
    name: `${base} ${suffix}`,
    address: `${Date.now() % 9000} ${suffix} Ave, Los Angeles, CA 90038`,
    phone: `323-555-0${String(Date.now() % 1000).padStart(3, '0')}`,
  };
  const { siteId, ...fields } = site;
  await pushAsAdmin(server, [{ type: 'site.created', payload: { siteId, ...fields } }]);
  // A new site has no hours: its kiosks would show closed, whatever the day.
  await openKiosksAllDay(server, siteId);
  return site;
}

/** Staff call `ticket` (of request `requestId`) to the lobby display of `site` (none: the first site). */
export function callTicket(
  server: ServerProcess,
  call: { requestId: string; ticket: string; day: string },
  site?: string,
) {
  return pushAsAdmin(server, [{ type: 'ticket.called', payload: call }], { site });
}

/** A lobby display paired at `site` in a browser of its own (with voices, as in display tests). */
export async function pairedDisplayAt(browser: Browser, server: ServerProcess, site: string): Promise<DisplayPage> {
  const code = await newPairingCode(server, uniqueDeviceName('Lobby screen'), 'display', site);
  const context = await browser.newContext({ baseURL: server.baseUrl });
  await installFakeSpeech(context, { voices: ['en-US', 'es-MX'] });
  const display = new DisplayPage(await context.newPage());
  await display.openAndPair(code);
  return display;
}
