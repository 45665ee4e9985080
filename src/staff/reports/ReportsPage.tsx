/**
 * Reports (staff and admins): a range and a site (every site, or one), then every figure the
 * reports API returns, with charts, tables and CSV files. Offline it shows the last result kept
 * here, or figures computed here.
 */
import { useEffect, useState } from 'preact/hooks';
import { centerDay } from '../../core/day.js';
import type { DayRange } from '../../core/reports/range.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { formatDateTime } from '../../ui/format.js';
import { CloudOffIcon } from '../../ui/icons.js';
import { ExactPackExport } from './ExactPackExport.js';
import { ParticipantExport } from './ParticipantExport.js';
import { RangePicker } from './RangePicker.js';
import { HandedOutSection, UnmetSection } from './ReportBars.js';
import { PeopleSection, StockSection, TableSection, VisitsSection, WaitTimesSection } from './ReportSections.js';
import { ReportSitePicker } from './ReportSitePicker.js';
import { type LoadedReport, loadReport } from './report-loader.js';
import { presetRange } from './report-ranges.js';
import { reportSite } from './report-site.js';
import './reports.css';

export function ReportsPage({ isAdmin }: { isAdmin: boolean }) {
  const [range, setRange] = useState<DayRange>(() => presetRange('today', centerDay(new Date())));
  const [loaded, setLoaded] = useState<LoadedReport | null>(null);
  const site = reportSite.value;

  useEffect(() => {
    let current = true;
    setLoaded(null);
    void loadReport(range, undefined, site).then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [range.from, range.to, site]);

  useEffect(() => {
    // A closed <details> prints nothing: paper gets every table.
    const openTables = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('.report-details')) details.open = true;
    };
    window.addEventListener('beforeprint', openTables);
    return () => window.removeEventListener('beforeprint', openTables);
  }, []);

  const report = loaded && loaded.status !== 'failed' ? loaded.report : null;
  return (
    <div class="reports">
      <h1>{t.value('reports.title')}</h1>
      <RangePicker range={range} onChange={setRange} />
      <ReportSitePicker
        site={site}
        onChange={(chosen) => {
          reportSite.value = chosen;
        }}
      />
      {loaded === null && (
        <p class="loading" role="status">
          {t.value('reports.loading')}
        </p>
      )}
      {loaded?.status === 'failed' && <Alert message={loaded.message ?? t.value('reports.unavailable')} />}
      {loaded && (loaded.status === 'kept' || loaded.status === 'device') && (
        <p class="report-offline" role="status">
          <CloudOffIcon />
          <span>
            {t.value('reports.offline')}{' '}
            {t.value(loaded.source === 'device' ? 'reports.computedHere' : 'reports.keptFromServer', {
              at: formatDateTime(loaded.at),
            })}
          </span>
        </p>
      )}
      {report && (
        <>
          <p class="report-range">{t.value('reports.rangeShown', { from: report.range.from, to: report.range.to })}</p>
          <VisitsSection report={report} />
          <PeopleSection report={report} />
          <HandedOutSection report={report} />
          <UnmetSection report={report} />
          <StockSection key={`${report.range.from}/${report.range.to}/${site}`} report={report} />
          <WaitTimesSection report={report} />
          <TableSection report={report} table="talks" />
          <TableSection report={report} table="harm-reduction" />
          {isAdmin && site !== 'all' && <p class="report-range">{t.value('reports.site.exportsForAll')}</p>}
          {isAdmin && <ParticipantExport range={report.range} />}
          {isAdmin && <ExactPackExport range={report.range} />}
        </>
      )}
    </div>
  );
}
