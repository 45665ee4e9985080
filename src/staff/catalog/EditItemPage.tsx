/**
 * One item: its fields prefilled (saving records only those that changed), and retiring it or
 * bringing it back. The diff is taken against the item as it was when the page opened, so a
 * field changed on another device meanwhile is left alone unless it was edited here.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { CatalogItem } from '../../core/fold/selectors.js';
import { itemName } from '../../core/kiosk/needs.js';
import type { ItemFields } from '../../core/ops/catalog.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { bringBackItem, retireItem, updateItem } from './catalog-actions.js';
import { changedItemFields, formFromItem } from './catalog-form.js';
import { CATALOG_PATH } from './catalog-labels.js';
import { catalogNotice } from './catalog-notice.js';
import { listItems } from './catalog-queries.js';
import { HmisCodeEditor } from './HmisCodeEditor.js';
import { ItemForm } from './ItemForm.js';

/** What saving answers when nothing was edited: nothing to record, the page just closes. */
const UNCHANGED = { ok: true, value: null } as const;

export function EditItemPage({ itemId }: { itemId: string }) {
  const site = workingSite.value;
  const loaded = useViews(() => listItems(site), `catalog:${site}`);
  if (loaded.status === 'loading') return <p class="loading">{t.value('staff.loading')}</p>;
  const item = loaded.status === 'ready' ? loaded.value.find((candidate) => candidate.id === itemId) : undefined;
  if (!item) {
    return (
      <>
        <h1>{t.value('catalog.notFound.title')}</h1>
        {loaded.status === 'failed' ? (
          <Alert message={t.value('catalog.loadFailed')} />
        ) : (
          <p>{t.value('catalog.notFound')}</p>
        )}
        <a href={CATALOG_PATH}>{t.value('catalog.back')}</a>
      </>
    );
  }
  return <EditItem item={item} />;
}

function EditItem({ item }: { item: CatalogItem }) {
  const { route } = useLocation();
  const [initial] = useState(item);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = itemName(item, currentLanguage.value);

  const leave = (message: string) => {
    catalogNotice.value = message;
    route(CATALOG_PATH);
  };
  const save = async (after: ItemFields) => {
    const changes = changedItemFields(initial, after);
    if (Object.keys(changes).length === 0) {
      leave(t.value('catalog.edit.unchanged'));
      return UNCHANGED;
    }
    const result = await updateItem(item.id, changes);
    if (result.ok) leave(t.value('catalog.edit.saved'));
    return result;
  };
  const setRetired = async (retired: boolean) => {
    setBusy(true);
    setError(null);
    const result = retired ? await retireItem(item.id) : await bringBackItem(item.id);
    setBusy(false);
    if (!result.ok) return setError(describeActionFailure(result));
    leave(t.value(retired ? 'catalog.retiredNow' : 'catalog.broughtBack', { item: name }));
  };

  return (
    <>
      <p>
        <a href={CATALOG_PATH}>{t.value('catalog.back')}</a>
      </p>
      <h1>
        {t.value('catalog.edit.title', { item: name })}
        {item.retired && <span class="tag">{t.value('catalog.retiredTag')}</span>}
      </h1>
      <ItemForm
        initial={formFromItem(initial)}
        placement={{ position: initial.position, retired: initial.retired }}
        submitLabel={t.value('catalog.edit.save')}
        onSave={save}
      />
      <HmisCodeEditor item={item} />
      <section class="panel catalog-retire" aria-labelledby="catalog-retire-title">
        <h2 id="catalog-retire-title">{t.value(item.retired ? 'catalog.retired.title' : 'catalog.retire.title')}</h2>
        <p>{t.value(item.retired ? 'catalog.retired.lead' : 'catalog.retire.lead')}</p>
        <Alert message={error} />
        <button
          type="button"
          class={item.retired ? 'button' : 'button button--danger'}
          disabled={busy}
          onClick={() => void setRetired(!item.retired)}
        >
          {t.value(item.retired ? 'catalog.bringBack' : 'catalog.retire')}
        </button>
      </section>
    </>
  );
}
