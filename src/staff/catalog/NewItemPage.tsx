/** "Add an item": the item form, empty; the new item goes last on the kiosk. */
import { useLocation } from 'preact-iso';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { addItem } from './catalog-actions.js';
import { EMPTY_CATALOG_FORM, nextPosition } from './catalog-form.js';
import { CATALOG_PATH } from './catalog-labels.js';
import { catalogNotice } from './catalog-notice.js';
import { listItems } from './catalog-queries.js';
import { ItemForm } from './ItemForm.js';

export function NewItemPage() {
  const { route } = useLocation();
  const site = workingSite.value;
  const loaded = useViews(() => listItems(site), `catalog:${site}`);
  const position = nextPosition(loaded.status === 'ready' ? loaded.value : []);
  return (
    <>
      <p>
        <a href={CATALOG_PATH}>{t.value('catalog.back')}</a>
      </p>
      <h1>{t.value('catalog.new.title')}</h1>
      {/* The catalog is read first, so the new item's place on the kiosk is known. */}
      {loaded.status === 'loading' ? (
        <p class="loading">{t.value('staff.loading')}</p>
      ) : (
        <ItemForm
          initial={EMPTY_CATALOG_FORM}
          placement={{ position, retired: false }}
          submitLabel={t.value('catalog.new.submit')}
          onSave={async (item) => {
            const result = await addItem(item);
            if (!result.ok) return result;
            catalogNotice.value = t.value('catalog.added', { item: itemName(item, currentLanguage.value) });
            route(CATALOG_PATH);
            return result;
          }}
        />
      )}
    </>
  );
}
