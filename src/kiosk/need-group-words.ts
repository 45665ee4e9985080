/** Each needs group's words and picture (an ItemIcon name), so group tiles and pages say the same thing. */
import type { TileGroup } from '../core/kiosk/needs.js';
import type { MessageKey } from '../i18n/index.js';

/** The group tile's name; health and safety is the neutral name that never spells out what is inside. */
export const GROUP_LABEL: Record<TileGroup, MessageKey> = {
  food: 'kiosk.needs.group.food',
  services: 'kiosk.needs.group.services',
  hygiene: 'kiosk.needs.group.hygiene',
  clothing: 'kiosk.needs.group.clothing',
  shelter: 'kiosk.needs.group.shelter',
  healthSafety: 'kiosk.needs.discreet',
  pets: 'kiosk.needs.group.pets',
  caseManager: 'kiosk.needs.group.caseManager',
};

/** The group page's heading: the tile's name, except case-manager topics finish a sentence. */
export const GROUP_TITLE: Record<TileGroup, MessageKey> = { ...GROUP_LABEL, caseManager: 'kiosk.needs.caseManager' };

export const GROUP_ICON: Record<TileGroup, string> = {
  food: 'meal',
  services: 'charging',
  hygiene: 'hygiene',
  clothing: 'clothing',
  shelter: 'tent',
  healthSafety: 'health',
  pets: 'paw',
  caseManager: 'briefcase',
};
