/**
 * "Catalog and hours": the items in kiosk order (move, edit, add), the retired ones (bring back),
 * the weekly opening hours, and the kiosks' open-now switch that Today also has.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CatalogItem } from '../../core/fold/selectors.js';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { BoxIcon } from '../../ui/icons.js';
import { HmisExportPanel } from '../exports/HmisExportPanel.js';
import { KioskHoursPanel } from '../kiosk-hours/KioskHoursPanel.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { CatalogTable } from './CatalogTable.js';
import { bringBackItem, moveItems } from './catalog-actions.js';
import { NEW_ITEM_PATH } from './catalog-labels.js';
import { catalogNotice } from './catalog-notice.js';
import { moveChanges } from './catalog-order.js';
import { listItems, splitRetired } from './catalog-queries.js';
import { HoursEditor } from './HoursEditor.js';
import { RetentionEditor } from './RetentionEditor.js';
import { RetiredItems } from './RetiredItems.js';
import { WaitingTimesEditor } from './WaitingTimesEditor.js';

export function CatalogPage() {
  const site = workingSite.value;
  const loaded = useViews(() => listItems(site), `catalog:${site}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Polite announcements ("Moved Blanket.") and the confirmation from the form just left.
  const [status, setStatus] = useState<string | null>(null);
  const notice = catalogNotice.value;
  useEffect(
    () => () => {
      catalogNotice.value = null;
    },
    [],
  );

  const { active, retired } = splitRetired(loaded.status === 'ready' ? loaded.value : []);
  const run = async (action: () => ReturnType<typeof moveItems>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    catalogNotice.value = null;
    const result = await action();
    setBusy(false);
    if (result.ok) setStatus(done);
    else setError(describeActionFailure(result));
  };
  const name = (item: CatalogItem) => itemName(item, currentLanguage.value);
  const move = (itemId: string, direction: 'up' | 'down') => {
    const item = active.find((candidate) => candidate.id === itemId);
    if (item)
      void run(() => moveItems(moveChanges(active, itemId, direction)), t.value('catalog.moved', { item: name(item) }));
  };
  const bringBack = (item: CatalogItem) =>
    void run(() => bringBackItem(item.id), t.value('catalog.broughtBack', { item: name(item) }));

  return (
    <>
      <div class="panel__heading">
        <h1>{t.value('staff.nav.catalog')}</h1>
        <a class="button button--primary" href={NEW_ITEM_PATH}>
          <BoxIcon />
          {t.value('catalog.add')}
        </a>
      </div>
      <Notice message={notice} />
      <section class="panel catalog-items" aria-labelledby="catalog-items-title">
        <h2 id="catalog-items-title">{t.value('catalog.items.title')}</h2>
        <p class="panel__lead">{t.value('catalog.lead')}</p>
        {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
        {loaded.status === 'failed' && <Alert message={t.value('catalog.loadFailed')} />}
        {loaded.status === 'ready' && active.length === 0 && <p>{t.value('catalog.none')}</p>}
        {active.length > 0 && <CatalogTable items={active} onMove={move} />}
        <Alert message={error} />
        <p role="status" class="catalog-status">
          {status ?? ''}
        </p>
      </section>
      {loaded.status === 'ready' && <RetiredItems items={retired} busy={busy} onBringBack={bringBack} />}
      <HoursEditor />
      <WaitingTimesEditor />
      <RetentionEditor />
      <KioskHoursPanel />
      <HmisExportPanel />
    </>
  );
}
