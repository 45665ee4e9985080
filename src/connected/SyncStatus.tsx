/**
 * The sync-status slot in the header: offline / syncing / up to date, with how many changes wait.
 * `compact` is the kiosk's quiet icon: the label is there for screen readers, counts are not shown.
 */
import { t } from '../i18n/index.js';
import { type AppSyncStatus, syncStatus } from '../sync/status.js';
import { CloudIcon, CloudOffIcon } from '../ui/icons.js';
import { browserOnline } from '../ui/online.js';
import './SyncStatus.css';

/** The one-line description of the sync state, shared by the header and the staff sync panel. */
export function describeSync(status: AppSyncStatus, online: boolean): { label: string; offline: boolean } {
  const count = status.pending;
  if (!online || status.phase === 'offline') {
    return { label: count > 0 ? t.value('sync.offlineWaiting', { count }) : t.value('sync.offline'), offline: true };
  }
  if (status.phase === 'syncing') return { label: t.value('sync.syncing'), offline: false };
  if (status.phase === 'blocked') return { label: t.value('sync.blocked'), offline: true };
  if (count > 0) return { label: t.value('sync.waiting', { count }), offline: false };
  return { label: t.value(status.lastSyncAt ? 'sync.upToDate' : 'sync.online'), offline: false };
}

export function SyncStatus({ compact = false }: { compact?: boolean }) {
  const online = browserOnline.value;
  const status = syncStatus.value;
  // The kiosk's icon says only online or offline; offline also when the server cannot be reached
  // (a browser may report itself online with the network gone, or the server may be down).
  const described = describeSync(status, online);
  const { label, offline } = compact
    ? { label: t.value(described.offline ? 'sync.offline' : 'sync.online'), offline: described.offline }
    : described;
  return (
    <output class={`sync-status ${offline ? 'is-offline' : 'is-online'}`} aria-live="polite" title={label}>
      {offline ? <CloudOffIcon /> : <CloudIcon />}
      <span class={compact ? 'visually-hidden' : ''}>{label}</span>
    </output>
  );
}
