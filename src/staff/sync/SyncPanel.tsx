/**
 * "This device": is it syncing, what is waiting, when it last synced, whether the browser keeps
 * its data, and any change the server refused. Staff see at a glance whether their work is shared.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeSync } from '../../connected/SyncStatus.js';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import type { RejectedOp } from '../../store/db.js';
import { appOpStore, dataVersion, requestSync, syncStatus } from '../../sync/app-sync.js';
import { Alert } from '../../ui/Alert.js';
import { formatDateTime } from '../../ui/format.js';
import { browserOnline } from '../../ui/online.js';
import './SyncPanel.css';

const STORAGE_TEXT: Record<string, MessageKey> = {
  persisted: 'sync.panel.storage.persisted',
  notPersisted: 'sync.panel.storage.notPersisted',
  unsupported: 'sync.panel.storage.unsupported',
  unknown: 'sync.panel.storage.unknown',
};

export function SyncPanel() {
  const status = syncStatus.value;
  const rejected = useRejectedOps(status.rejected);
  return (
    <section class="panel sync-panel" aria-labelledby="sync-panel-title">
      <h2 id="sync-panel-title">{t.value('sync.panel.title')}</h2>
      <dl class="facts">
        <dt>{t.value('sync.panel.state')}</dt>
        <dd>{describeSync(status, browserOnline.value).label}</dd>
        <dt>{t.value('sync.panel.pending')}</dt>
        <dd>{status.pending}</dd>
        <dt>{t.value('sync.panel.lastSync')}</dt>
        <dd>{formatDateTime(status.lastSyncAt, t.value('sync.panel.never'))}</dd>
        <dt>{t.value('sync.panel.storage')}</dt>
        <dd>{t.value(STORAGE_TEXT[status.storage] ?? 'sync.panel.storage.unknown')}</dd>
      </dl>
      {status.storageFull && <Alert message={t.value('sync.storageFull')} />}
      {status.problem && <p role="status">{t.value(problemText(status.problem))}</p>}
      {rejected.length > 0 && (
        <div class="sync-panel__rejected">
          <Alert message={t.value('sync.panel.rejected', { count: rejected.length })} />
          <ul>
            {rejected.map((entry) => (
              <li key={entry.op.id}>
                <code>{entry.op.type}</code> · {formatDateTime(entry.rejectedAt)} · {entry.message || entry.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="button" onClick={requestSync} disabled={status.phase === 'syncing'}>
        {t.value('sync.panel.syncNow')}
      </button>
    </section>
  );
}

function problemText(problem: string): MessageKey {
  if (problem === 'storage') return 'sync.panel.problem.storage';
  // 503: the server's disk is full or read-only; this device keeps everything and sends it again.
  if (problem === 'storage_unavailable') return 'sync.panel.problem.serverStorage';
  if (['unauthorized', 'device_revoked', 'forbidden', 'cross_site'].includes(problem))
    return 'sync.panel.problem.blocked';
  return 'sync.panel.problem.offline';
}

function useRejectedOps(count: number): RejectedOp[] {
  const [rejected, setRejected] = useState<RejectedOp[]>([]);
  const version = dataVersion.value;
  useEffect(() => {
    let current = true;
    if (count === 0) {
      setRejected([]);
      return;
    }
    void appOpStore()
      .then((store) => store.rejectedOps())
      .then((ops) => current && setRejected(ops))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [count, version]);
  return rejected;
}
