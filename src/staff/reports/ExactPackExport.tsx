/**
 * Admins only: the harm-reduction pack with its small counts exact, for the naloxone program's
 * form. It names no one, but it is not suppressed, so the page says the download is recorded.
 */
import type { DayRange } from '../../core/reports/range.js';
import { t } from '../../i18n/index.js';
import { rangeQuery } from '../../sync/reports-api.js';

export function ExactPackExport({ range }: { range: DayRange }) {
  return (
    <section class="panel report-section report-export" aria-labelledby="report-exact">
      <h2 id="report-exact">{t.value('reports.exact.title')}</h2>
      <p>{t.value('reports.exact.lead')}</p>
      <a class="button" href={`/api/reports/harm-reduction-exact.csv?${rangeQuery(range)}`} download>
        {t.value('reports.exact.download')}
      </a>
    </section>
  );
}
