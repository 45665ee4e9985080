/**
 * The sync-status slot. For now it shows whether the device is online; the sync client will
 * add "syncing", waiting changes and the last sync time. `compact` is the kiosk's quiet icon.
 */
import { t } from '../i18n/index.js';
import { CloudIcon, CloudOffIcon } from './icons.js';
import { browserOnline } from './online.js';

export function SyncStatus({ compact = false }: { compact?: boolean }) {
  const online = browserOnline.value;
  const label = t.value(online ? 'sync.online' : 'sync.offline');
  return (
    <output class={`sync-status ${online ? 'is-online' : 'is-offline'}`} aria-live="polite" title={label}>
      {online ? <CloudIcon /> : <CloudOffIcon />}
      <span class={compact ? 'visually-hidden' : ''}>{label}</span>
    </output>
  );
}
