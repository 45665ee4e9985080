/**
 * Reports through the page: a history the test makes on a server of its own (six visitors who
 * asked for a unique item, seven of another handed out over the counter: no small cells), ranges
 * that change the figures, a chart with its summary, a table view, a CSV whose rows match the
 * API, and the last result again after an offline reload; then the page in Spanish. Offline, a
 * range never fetched is computed on the device, with its bar charts and closed days marked.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { centerDay } from '../../src/core/day.js';
import { ReportResponse } from '../../src/core/reports/api.js';
import { weekdayOf } from '../../src/core/reports/range.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, goOffline, test } from './fixtures.js';
import { ReportsPage } from './pages/reports-page.js';
import { followSection } from './pages/staff-nav.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openKiosksAllDay, pushAsAdmin, serverOps } from './support/center.js';
import { openConsoleAsAdmin, pairConsoleAsStaffDevice } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { pushOldRequests } from './support/kiosk-requests.js';

const VISITORS = ['Ada', 'Ben', 'Cruz', 'Dee', 'Eli', 'Fay'];

/** Six visitors who each asked for one of `itemId` in the last ten minutes (tickets `<letter>-1`…); their names. */
async function sixVisitorsAskFor(server: ServerProcess, itemId: string, letter: string): Promise<string[]> {
  await pushOldRequests(
    server,
    VISITORS.map((name, index) => ({
      name,
      ticket: `${letter}-${index + 1}`,
      minutesAgo: 10 - index,
      items: [{ itemId, quantity: 1 }],
    })),
  );
  return VISITORS;
}

/** The admin on a paired staff device (which remembers its session, for opening offline), on Reports. */
async function openReportsOnStaffDevice(page: Page, server: ServerProcess): Promise<ReportsPage> {
  await openConsoleAsAdmin(page, server);
  await pairConsoleAsStaffDevice(page, server);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const reports = new ReportsPage(page);
  await reports.open();
  return reports;
}

test('a report for today, last month and this week; a chart, a table, a CSV; offline it shows the last one', async ({
  page,
  ownServer,
  pageErrors,
}) => {
  test.slow(); // Several ranges, a download, a reload offline and an axe run.
  const poncho = await addTrackedItem(ownServer, 'Rain poncho', { quantity: 20 });
  const socks = await addTrackedItem(ownServer, 'Wool socks', { quantity: 30 });
  await pushAsAdmin(ownServer, [{ type: 'stock.handedOut', payload: { itemId: socks.itemId, quantity: 7 } }]);
  await sixVisitorsAskFor(ownServer, poncho.itemId, 'R');
  const reports = await openReportsOnStaffDevice(page, ownServer);

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
  await goOffline(page);
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
  // The exact pack for the naloxone program's form: counts only, and the download is in the log.
  await expect(reports.section('Exact counts for the naloxone program (admins)')).toContainText(
    'recorded in the activity log',
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the exact counts' }).click();
  const exact = readFileSync(await (await downloading).path(), 'utf8').replace(/^\uFEFF/, '');
  expect(exact.split('\r\n')[0]).toBe('measure,item,value');
  expect(exact).toContain('overdose reversals reported,,0\r\n');
  await followSection(page, 'Activity log');
  await expect(page.getByRole('row', { name: /Exact harm-reduction counts downloaded \(\d{4}-/ })).toBeVisible();
  await reports.open();

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

test('offline, a range never fetched is computed on the device: visits it made, bars, closed days marked', async ({
  page,
  ownServer,
  pageErrors,
}) => {
  test.slow(); // A pairing, a sync, and the page in two languages.
  const today = centerDay(new Date());
  const weekAgo = new Date(Date.parse(`${today}T12:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  // Open on today's weekday only: the other six days of the range were closed.
  await pushAsAdmin(ownServer, [
    { type: 'settings.hoursSet', payload: { hours: [{ weekday: weekdayOf(today), opens: '11:00', closes: '16:00' }] } },
  ]);
  const poncho = await addTrackedItem(ownServer, 'Rain poncho', { quantity: 10, fields: { category: 'clothing' } });
  const socks = await addTrackedItem(ownServer, 'Wool socks', { quantity: 30, fields: { category: 'clothing' } });
  const visitors = await sixVisitorsAskFor(ownServer, poncho.itemId, 'U');
  const reports = await openReportsOnStaffDevice(page, ownServer);
  await expect(reports.chart('Visits per day')).toBeVisible();

  // After the device paired (it starts from a snapshot, and special openings and walk-up hand-outs
  // are read from ops): a special opening today, five ponchos declined (out of stock), one request
  // cancelled, seven socks over the counter. The device must pull these before it goes offline.
  await openKiosksAllDay(ownServer);
  const requestIds = (await serverOps(ownServer)).flatMap((op) =>
    op.type === 'request.created' && op.payload.items.some((line) => line.itemId === poncho.itemId)
      ? [op.payload.requestId]
      : [],
  );
  expect(requestIds).toHaveLength(visitors.length);
  await pushAsAdmin(ownServer, [
    ...requestIds.slice(0, 5).map((requestId) => ({
      type: 'request.declined' as const,
      payload: { requestId, reason: 'outOfStock' as const },
    })),
    { type: 'request.cancelled', payload: { requestId: requestIds[5] ?? '' } },
    { type: 'stock.handedOut', payload: { itemId: socks.itemId, quantity: 7 } },
  ]);
  await expect
    .poll(
      () =>
        page.evaluate(async (itemId) => {
          await window.leadDropin?.syncNow();
          const ops = ((await window.leadDropin?.ops()) ?? []) as { type: string; payload: { itemId?: string } }[];
          return ops.some((op) => op.type === 'stock.handedOut' && op.payload.itemId === itemId);
        }, socks.itemId),
      { timeout: 60_000 },
    )
    .toBe(true);

  await goOffline(page);
  await reports.customRange(weekAgo, today);
  await expect(
    reports.status(/Offline: the server cannot be reached\. Computed on this device at .+; may be partial\./),
  ).toBeVisible();
  await expect(page.getByText(`From ${weekAgo} to ${today}`)).toBeVisible();

  const visits = reports.section('Visits per day');
  await expect(visits).toContainText(/; 6 in all\./);
  await expect(visits).toContainText('Special openings in this range: 1. Days the center was closed: 6.');
  await expect(reports.picture('Visits per day')).toHaveAttribute('data-closed-days', '6');
  await expect(reports.picture('Visits per day')).toHaveAttribute('data-special-days', '1');
  await expect(visits.getByText('Shaded: the center was closed')).toBeVisible();
  await expect(visits.getByText('Hatched and outlined: special opening')).toBeVisible();

  const byCategory = reports.picture('Handed out', 'Handed out by category');
  await expect(byCategory).toHaveAttribute('data-bars', '1');
  await expect(reports.section('Handed out')).toContainText('Most handed out: Clothing (7).');
  const byReason = reports.picture('Unmet need', 'Not handed out, by reason');
  await expect(byReason).toHaveAttribute('data-bars', '1');
  await expect(reports.section('Unmet need')).toContainText(
    'Not handed out, most first: out of stock (5). Not drawn: cancelled (fewer than 5).',
  );
  // The bar chart's figures behind its "Show as table"; the rows by item are shown at once.
  await reports.section('Unmet need').getByText('Show as table', { exact: true }).click();
  await expect(
    reports.section('Unmet need').getByRole('table', { name: 'Not handed out, by reason' }).getByRole('row'),
  ).toHaveText([/Reason\s*Quantity not handed out/, /out of stock\s*5/, /cancelled\s*fewer than 5/]);
  await expect(reports.row('Unmet need', poncho.name).first()).toContainText('out of stock');

  // The same figures in Spanish.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(
    reports.status(
      /Sin conexión: no se puede contactar al servidor\. Calculado en este dispositivo a las .+; puede estar incompleto\./,
    ),
  ).toBeVisible();
  const visitas = reports.section('Visitas por día');
  await expect(visitas).toContainText(/; 6 en total\./);
  await expect(visitas).toContainText('Aperturas especiales en este período: 1. Días con el centro cerrado: 6.');
  await expect(reports.picture('Visitas por día')).toHaveAttribute('data-closed-days', '6');
  await expect(visitas.getByText('Sombreado: el centro estaba cerrado')).toBeVisible();
  await expect(visitas.getByText('Rayado y con borde: apertura especial')).toBeVisible();
  await expect(reports.picture('Entregado', 'Entregado por categoría')).toHaveAttribute('data-bars', '1');
  await expect(reports.section('Entregado')).toContainText('Lo más entregado: Ropa (7).');
  await expect(reports.picture('Necesidades no cubiertas', 'No entregado, por motivo')).toHaveAttribute(
    'data-bars',
    '1',
  );
  await expect(reports.section('Necesidades no cubiertas')).toContainText(
    'No entregado, de más a menos: agotado (5). Sin barra: cancelado (menos de 5).',
  );
  await expectNoSeriousViolations(page, 'Reports computed offline, in Spanish');
  await page.context().setOffline(false);
  expect(pageErrors).toEqual([]);
});
