/**
 * issue 16 — HMIS: the admin's "HMIS export" panel on Catalog and hours: a range, Download, and
 * what the zip leaves out and why (from this device's views), said before anything is downloaded.
 */
import { useState } from 'preact/hooks';
import { centerDay } from '../../core/day.js';
import { HmisExportQuery } from '../../core/exports/hmis/api.js';
import { hmisGaps } from '../../core/exports/hmis/gaps.js';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { fetchHmisExport } from '../../sync/exports-api.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { DownloadIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { listItems } from '../catalog/catalog-queries.js';
import { listParticipants } from '../participants/participant-queries.js';
import { useViews } from '../use-views.js';
import { saveBlob } from './save-blob.js';
import './exports.css';

async function readGaps() {
  const [items, participants] = await Promise.all([listItems('all'), listParticipants()]);
  return hmisGaps(items, participants);
}

export function HmisExportPanel() {
  const today = centerDay(new Date());
  const [range, setRange] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const gaps = useViews(readGaps, 'hmis-gaps');
  const parsed = HmisExportQuery.safeParse(range);
  const problem = tried && !parsed.success ? t.value('hmis.export.problem') : null;

  const download = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    setDone(null);
    setError(null);
    if (!parsed.success || busy) return;
    setBusy(true);
    const result = await fetchHmisExport(parsed.data);
    setBusy(false);
    if (!result.ok) return setError(describeFailure(result));
    saveBlob(result.value, `hmis-${parsed.data.from}-to-${parsed.data.to}.zip`);
    setDone(t.value('hmis.export.done'));
  };
  const edit = (field: 'from' | 'to') => (value: string) => setRange((current) => ({ ...current, [field]: value }));
  const language = currentLanguage.value;

  return (
    <section class="panel hmis-export" aria-labelledby="hmis-export-title">
      <h2 id="hmis-export-title">{t.value('hmis.export.title')}</h2>
      <p class="panel__lead">{t.value('hmis.export.lead')}</p>
      <p>{t.value('hmis.export.leftOut')}</p>
      <ul class="hmis-export__left-out">
        <li>
          {gaps.status === 'ready'
            ? t.value('hmis.export.noConsentCount', { count: gaps.value.participantsWithoutConsent })
            : t.value('hmis.export.noConsent')}
        </li>
        <li>
          {gaps.status === 'ready' && gaps.value.itemsWithoutCode.length > 0
            ? t.value('hmis.export.noCodeItems', {
                items: gaps.value.itemsWithoutCode.map((item) => itemName(item, language)).join(', '),
              })
            : t.value('hmis.export.noCode')}
        </li>
        <li>{t.value('hmis.export.visitors')}</li>
      </ul>
      <form class="form hmis-export__form" onSubmit={(event) => void download(event)} noValidate>
        <TextField
          type="date"
          label={t.value('hmis.export.from')}
          value={range.from}
          onValue={edit('from')}
          problem={problem}
        />
        <TextField type="date" label={t.value('hmis.export.to')} value={range.to} onValue={edit('to')} />
        <Alert message={error} />
        <Notice message={done} />
        <button type="submit" class="button button--primary" disabled={busy}>
          <DownloadIcon />
          {t.value('hmis.export.download')}
        </button>
      </form>
    </section>
  );
}
