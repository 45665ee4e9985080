/** Pairing a lobby display the way staff do it: a code from Devices, typed on the display. */
import type { Browser, Page } from '@playwright/test';
import type { ServerProcess } from '../../support/server-process.js';
import { expect } from '../fixtures.js';
import { DevicesPage } from '../pages/devices-page.js';
import { DisplayPage } from '../pages/display-page.js';
import { installFakeSpeech } from './fake-speech.js';
import { uniqueDeviceName } from './names.js';

/** Staff pair a lobby display under Devices; the display browser (with voices) types the code. */
export async function pairedDisplay(browser: Browser, server: ServerProcess, staff: Page): Promise<DisplayPage> {
  const devices = new DevicesPage(staff);
  await devices.open();
  const name = uniqueDeviceName('Lobby screen');
  const code = await devices.pair(name, 'Lobby display');
  const context = await browser.newContext({ baseURL: server.baseUrl });
  await installFakeSpeech(context, { voices: ['en-US', 'es-MX'] });
  const display = new DisplayPage(await context.newPage());
  await display.openAndPair(code);
  await expect(devices.row(name)).toContainText('Lobby display');
  return display;
}
