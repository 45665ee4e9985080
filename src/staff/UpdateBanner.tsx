/** "A new version is ready — Reload now", shown to staff while an update waits. */
import { t } from '../i18n/index.js';
import { applyUpdate, updateWaiting } from '../pwa/register.js';
import { RefreshIcon } from '../ui/icons.js';
import './UpdateBanner.css';

export function UpdateBanner() {
  if (!updateWaiting.value) return null;
  return (
    <div class="update-banner" role="status">
      <span>{t.value('update.available')}</span>
      <button type="button" class="button button--primary" onClick={applyUpdate}>
        <RefreshIcon />
        {t.value('update.reload')}
      </button>
    </div>
  );
}
