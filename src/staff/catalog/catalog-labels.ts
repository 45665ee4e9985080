/** Words and pictures for the catalog screens: categories, kinds, the icons an item can have, links. */
import type { ItemCategory } from '../../core/ops/catalog.js';
import type { MessageKey } from '../../i18n/index.js';
import { hasItemIcon } from '../../ui/item-icons.js';

export const CATEGORIES: readonly ItemCategory[] = [
  'food',
  'services',
  'hygiene',
  'clothing',
  'shelter',
  'healthSafety',
  'pets',
  'caseManager',
];

export const CATEGORY_LABEL: Record<ItemCategory, MessageKey> = {
  food: 'catalog.category.food',
  services: 'catalog.category.services',
  hygiene: 'catalog.category.hygiene',
  clothing: 'catalog.category.clothing',
  shelter: 'catalog.category.shelter',
  healthSafety: 'catalog.category.healthSafety',
  pets: 'catalog.category.pets',
  caseManager: 'catalog.category.caseManager',
};

export const KIND_LABEL: Record<'tracked' | 'service', MessageKey> = {
  tracked: 'catalog.kind.tracked',
  service: 'catalog.kind.service',
};

/**
 * The kiosk's item pictures (`src/ui/item-icons.tsx`), each with a word for screen readers and
 * for people who prefer reading. Kept to the names that have a picture (checked by a unit test).
 */
export const ICON_CHOICES: readonly { name: string; label: MessageKey }[] = (
  [
    ['meal', 'catalog.icon.meal'],
    ['snack', 'catalog.icon.snack'],
    ['coffee', 'catalog.icon.coffee'],
    ['charging', 'catalog.icon.charging'],
    ['wifi', 'catalog.icon.wifi'],
    ['hygiene', 'catalog.icon.hygiene'],
    ['clothing', 'catalog.icon.clothing'],
    ['shoes', 'catalog.icon.shoes'],
    ['tent', 'catalog.icon.tent'],
    ['blanket', 'catalog.icon.blanket'],
    ['naloxone', 'catalog.icon.naloxone'],
    ['supplies', 'catalog.icon.supplies'],
    ['bandage', 'catalog.icon.bandage'],
    ['health', 'catalog.icon.health'],
    ['paw', 'catalog.icon.paw'],
    ['document', 'catalog.icon.document'],
    ['car', 'catalog.icon.car'],
    ['benefits', 'catalog.icon.benefits'],
    ['house', 'catalog.icon.house'],
    ['medical', 'catalog.icon.medical'],
    ['bus', 'catalog.icon.bus'],
    ['scale', 'catalog.icon.scale'],
    ['briefcase', 'catalog.icon.briefcase'],
    ['family', 'catalog.icon.family'],
    ['hormone', 'catalog.icon.hormone'],
    ['book', 'catalog.icon.book'],
  ] as const
)
  .filter(([name]) => hasItemIcon(name))
  .map(([name, label]) => ({ name, label }));

export const CATALOG_PATH = '/staff/catalog';
export const NEW_ITEM_PATH = `${CATALOG_PATH}/new`;

export function itemHref(itemId: string): string {
  return `${CATALOG_PATH}/${encodeURIComponent(itemId)}`;
}
