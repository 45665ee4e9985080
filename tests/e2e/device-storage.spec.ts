/**
 * A lobby kiosk whose storage fills up has no staff beside it: it tells the server with its next
 * sync, and the staff console shows it on Today and on the Devices page, in English and Spanish,
 * until the kiosk saves a check-in again.
 */
import { expect, test } from './fixtures.js';
import { DevicesPage } from './pages/devices-page.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';
import { uniqueDeviceName } from './support/names.js';

const FULL_FLAG = 'e2e-storage-full';

test('a kiosk whose storage is full shows on Today and Devices, in English and Spanish, until it saves again', async ({
  browser,
  server,
}) => {
  const name = uniqueDeviceName('Full tablet');
  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  // Chromium's real quota cannot be filled quickly: while the flag is set, a write to the outbox
  // fails as a full disk makes it fail, with QuotaExceededError (as tests/unit/store/storage-full.test.ts
  // does through fake-indexeddb's internals), and the whole transaction with it.
  await kioskContext.addInitScript((flag) => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (this.name === 'outbox' && sessionStorage.getItem(flag) === 'yes') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  }, FULL_FLAG);
  const kioskPage = await kioskContext.newPage();
  const kiosk = await openPairedKiosk(kioskPage, server, name);

  await kioskPage.evaluate((flag) => sessionStorage.setItem(flag, 'yes'), FULL_FLAG);
  await kiosk.visitAs('Rosa');
  await kiosk.nothingToday();
  await expect(kiosk.ticket()).toHaveCount(0);
  // The kiosk's next round carries the report to the server.
  await kiosk.syncNow();

  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const warning = staffPage.getByRole('region', { name: 'Devices that need attention' });
  await expect(warning).toContainText(`The storage of ${name} is full`);
  const devices = new DevicesPage(staffPage);
  await devices.open();
  await expect(devices.row(name)).toContainText('Storage full since');

  await staffPage.getByRole('button', { name: 'Español' }).click();
  await expect(devices.row(name)).toContainText('Almacenamiento lleno desde');
  await staffPage.goto(`${server.baseUrl}/staff`);
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Hoy' })).toBeVisible();
  await expect(staffPage.getByRole('region', { name: 'Dispositivos que necesitan atención' })).toContainText(
    `El almacenamiento de ${name} está lleno`,
  );

  // Space is freed on the tablet: its next check-in is saved, and the sync after it clears the warning.
  await kioskPage.evaluate((flag) => sessionStorage.removeItem(flag), FULL_FLAG);
  await kioskPage.goto(`${server.baseUrl}/kiosk`);
  await kiosk.visitAs('Rosa');
  await kiosk.nothingToday();
  await expect(kiosk.ticket()).toHaveText(/\S/);
  await kiosk.syncNow();
  // The row shows once the list has loaded, so its lack of a warning is the server's answer.
  await staffPage.goto(`${server.baseUrl}/staff/devices`);
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Dispositivos' })).toBeVisible();
  await expect(devices.row(name)).toBeVisible();
  await expect(devices.row(name)).not.toContainText('Almacenamiento lleno');

  await kioskContext.close();
  await staffContext.close();
});
