/**
 * Reports through the page: a history the test makes on a server of its own (six visitors who
 * asked for a unique item, seven of another handed out over the counter: no small cells), ranges
 * that change the figures, a chart with its summary, a table view, a CSV whose rows match the
 * API, and the last result again after an offline reload; then the page in Spanish.
 */
import { readFileSync } from 'node:fs';
import { ReportResponse } from '../../src/core/reports/api.js';
import { expect, test, waitForServiceWorkerControl } from './fixtures.js';
import { ReportsPage } from './pages/reports-page.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin } from './support/center.js';
import { openConsoleAsAdmin, pairConsoleAsStaffDevice } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { pushOldRequests } from './support/kiosk-requests.js';

test('a report for today, last month and this week; a chart, a table, a CSV; offline it shows the last one', async ({
  page,
  ownServer,
  pageErrors,
}) => {
  test.slow(); // Several ranges, a download, a reload offline and an axe run.
  const poncho = await addTrackedItem(ownServer, 'Rain poncho', { quantity: 20 });
  const socks = await addTrackedItem(ownServer, 'Wool socks', { quantity: 30 });
  await pushAsAdmin(ownServer, [{ type: 'stock.handedOut', payload: { itemId: socks.itemId, quantity: 7 } }]);
  await pushOldRequests(
    ownServer,
    ['Ada', 'Ben', 'Cruz', 'Dee', 'Eli', 'Fay'].map((name, index) => ({
      name,
      ticket: `R-${index + 1}`,
      minutesAgo: 10 - index,
      items: [{ itemId: poncho.itemId, quantity: 1 }],
    })),
  );

  await openConsoleAsAdmin(page, ownServer);
  await pairConsoleAsStaffDevice(page, ownServer);
  // A paired staff device remembers the session it confirms at start, for opening offline.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const reports = new ReportsPage(page);
  await reports.open();

  // Today: six visitors, seven socks over the counter.
  const visits = 'Visits per day';
  await expect(reports.chart(visits)).toBeVisible();
  await expect(reports.section(visits)).toContainText(/Visits: 6 on \w+day, \w+ \d+\./);
  const visitTable = await reports.showTable(visits);
  await expect(visitTable.getByRole('row').nth(1)).toContainText('6');
  await expect(reports.row('Handed out', socks.name)).toContainText('7');
  await expect(reports.section('Stock over time').getByRole('checkbox', { name: socks.name })).toBeVisible();

  // Last month: none of it happened yet.
  await reports.chooseRange('Last month');
  await expect(reports.section(visits)).toContainText(/Visits went from 0 on .+ to 0 on .+; 0 in all\./);
  await expect(reports.row('Handed out', socks.name)).toHaveCount(0);

  // This week includes today again.
  await reports.chooseRange('This week');
  await expect(reports.section(visits)).toContainText(/(; 6 in all\.|Visits: 6 on )/);
  await expect(reports.row('Handed out', socks.name)).toContainText('7');

  // A custom range the wrong way round is refused on the page.
  await reports.customRange('2026-03-10', '2026-03-01');
  await expect(page.getByRole('alert')).toHaveText('The first date must be on or before the second.');

  // Back to today; its handed-out CSV holds the rows the API answers.
  await reports.chooseRange('Today');
  await expect(reports.row('Handed out', socks.name)).toContainText('7');
  const downloading = page.waitForEvent('download');
  await reports.csvLink('Handed out').click();
  const download = await downloading;
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const url = new URL(download.url());
  const api = await apiFor(ownServer);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const json = ReportResponse.parse(await (await api.get(`/api/reports${url.search}`)).json());
  await api.dispose();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('item,category,from requests,walk-up,total');
  expect(lines.slice(1)).toEqual(
    json.handedOut.map((row) =>
      [row.name, row.category ?? '', row.fromRequests, row.walkUp, row.total]
        .map((cell) => (typeof cell === 'object' ? 'fewer than 5' : String(cell)))
        .join(','),
    ),
  );
  expect(lines).toContain(`${socks.name},${json.handedOut.find((r) => r.itemId === socks.itemId)?.category},0,7,7`);

  // Offline, after a reload: the last report, its time, and that the server cannot be reached.
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
  await page.reload();
  await expect(reports.heading('Reports')).toBeVisible();
  await expect(
    reports.status(/Offline: the server cannot be reached\. Showing the last report fetched from the server, at .+\./),
  ).toBeVisible();
  await expect(reports.row('Handed out', socks.name)).toContainText('7');
  await expect(reports.chart(visits)).toBeVisible();
  await page.context().setOffline(false);
  expect(pageErrors).toEqual([]);
});

test('the report page in Spanish, and the participant list asks before it downloads', async ({
  page,
  ownServer,
  pageErrors,
}) => {
  await openConsoleAsAdmin(page, ownServer);
  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByRole('button', { name: 'Download the participant list…' }).click();
  await expect(reports.section('Participant list (admins)')).toContainText('recorded in the activity log');
  await expect(page.getByRole('link', { name: 'Download the list' })).toHaveAttribute(
    'href',
    /^\/api\/reports\/participants\.csv\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
  );

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(reports.heading('Informes')).toBeVisible();
  for (const heading of [
    'Visitas por día',
    'Personas atendidas',
    'Entregado',
    'Tiempos de espera',
    'Paquete de reducción de daños',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(reports.section('Visitas por día')).toContainText(/Las visitas: 0 el \S+, \d+ de \S+\./);
  await expect(reports.chart('Visitas por día')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'El mes pasado' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Reports in Spanish');
  expect(pageErrors).toEqual([]);
});
