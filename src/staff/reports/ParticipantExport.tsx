/**
 * Admins only: the participant-level CSV. It lists people, so the page says so, and that the
 * download is recorded in the activity log, before the link to it appears.
 */
import { useState } from 'preact/hooks';
import type { DayRange } from '../../core/reports/range.js';
import { t } from '../../i18n/index.js';
import { rangeQuery } from '../../sync/reports-api.js';

export function ParticipantExport({ range }: { range: DayRange }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="panel report-section report-export" aria-labelledby="report-export">
      <h2 id="report-export">{t.value('reports.export.title')}</h2>
      {!asking ? (
        <button type="button" class="button" onClick={() => setAsking(true)}>
          {t.value('reports.export.start')}
        </button>
      ) : (
        <div class="report-export__confirm">
          <p id="report-export-warning">{t.value('reports.export.warning')}</p>
          <a class="button button--primary" href={`/api/reports/participants.csv?${rangeQuery(range)}`} download>
            {t.value('reports.export.confirm')}
          </a>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {t.value('reports.export.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
