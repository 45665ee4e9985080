/**
 * Catalog and hours (admins): the item list and the weekly hours at /staff/catalog, a new item at
 * /staff/catalog/new and one item at /staff/catalog/<itemId>. Everything reads and writes this
 * device's views, so it works offline; kiosks get the changes by sync.
 */
import { t } from '../../i18n/index.js';
import { CatalogPage } from './CatalogPage.js';
import { CATALOG_PATH } from './catalog-labels.js';
import { EditItemPage } from './EditItemPage.js';
import { NewItemPage } from './NewItemPage.js';
import './catalog.css';

/** What a path below /staff/catalog shows (item ids start with "item_", so never "new"). */
export function catalogRoute(
  path: string,
): { page: 'list' } | { page: 'new' } | { page: 'item'; itemId: string } | { page: 'unknown' } {
  const rest = path.slice(CATALOG_PATH.length).replace(/\/+$/, '').replace(/^\//, '');
  if (rest === '') return { page: 'list' };
  if (rest === 'new') return { page: 'new' };
  if (/^[A-Za-z0-9_-]+$/.test(rest)) return { page: 'item', itemId: rest };
  return { page: 'unknown' };
}

export function CatalogSection({ path }: { path: string }) {
  const route = catalogRoute(path);
  switch (route.page) {
    case 'list':
      return <CatalogPage />;
    case 'new':
      return <NewItemPage />;
    case 'item':
      // Keyed by id: opening another item starts a fresh form.
      return <EditItemPage key={route.itemId} itemId={route.itemId} />;
    case 'unknown':
      return (
        <>
          <h1>{t.value('catalog.notFound.title')}</h1>
          <a href={CATALOG_PATH}>{t.value('catalog.back')}</a>
        </>
      );
  }
}
