/** Activity log (admins): who did what, when, from which device; newest first, older on request. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { listAudit } from '../../sync/audit-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { formatDateTime } from '../../ui/format.js';
import { HistoryIcon } from '../../ui/icons.js';
import { AuditTarget } from './AuditTarget.js';
import { describeAuditEntry } from './audit-labels.js';

export function ActivityPage() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (before: number | null) => {
    setBusy(true);
    setError(null);
    const result = await listAudit(before);
    setBusy(false);
    if (!result.ok) return setError(describeFailure(result));
    setEntries((shown) => (before === null ? result.value.entries : [...(shown ?? []), ...result.value.entries]));
    setNextBefore(result.value.nextBefore);
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <>
      <h1>{t.value('activity.title')}</h1>
      <Alert message={error} />
      {entries?.length === 0 && <p>{t.value('activity.none')}</p>}
      {entries && entries.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t.value('activity.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.value('activity.col.when')}</th>
                <th scope="col">{t.value('activity.col.who')}</th>
                <th scope="col">{t.value('activity.col.device')}</th>
                <th scope="col">{t.value('activity.col.what')}</th>
                <th scope="col">{t.value('activity.col.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{formatDateTime(entry.at)}</th>
                  <td>{entry.actor ?? '—'}</td>
                  <td>{entry.deviceName ?? '—'}</td>
                  <td>{describeAuditEntry(entry)}</td>
                  <td>
                    <AuditTarget entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore !== null && (
        <button type="button" class="button" disabled={busy} onClick={() => void load(nextBefore)}>
          <HistoryIcon />
          {t.value('activity.older')}
        </button>
      )}
    </>
  );
}
