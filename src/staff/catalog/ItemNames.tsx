/** An item's picture and its names, the screen's language first, each marked with its language. */
import type { CatalogItem } from '../../core/fold/selectors.js';
import { currentLanguage } from '../../i18n/index.js';
import { ItemIcon } from '../../ui/item-icons.js';
import { itemHref } from './catalog-labels.js';

export function ItemNames({ item }: { item: CatalogItem }) {
  const shown = currentLanguage.value;
  const codes = Object.keys(item.names).sort((a, b) =>
    a === shown ? -1 : b === shown ? 1 : a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  );
  const [first, ...others] = codes;
  return (
    <div class="item-names">
      <ItemIcon name={item.icon} size={32} />
      <span>
        <a class="item-names__link" href={itemHref(item.id)} lang={first}>
          {first ? item.names[first] : item.id}
        </a>
        {others.map((code) => (
          <span key={code} class="item-names__other" lang={code}>
            {item.names[code]}
          </span>
        ))}
      </span>
    </div>
  );
}
