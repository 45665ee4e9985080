/**
 * The first needs screen's big pictured group tiles, each saying how much is chosen from it. A
 * tap opens the group's page, or the discreet overlay for health and safety supplies.
 */
import type { NeedGroup } from '../core/kiosk/need-groups.js';
import type { TileGroup } from '../core/kiosk/needs.js';
import { t } from '../i18n/index.js';
import { ItemIcon } from '../ui/item-icons.js';
import { GROUP_ICON, GROUP_LABEL } from './need-group-words.js';
import { TileGrid } from './TileGrid.js';
import './NeedGroups.css';

export interface NeedGroupsProps {
  readonly groups: readonly NeedGroup[];
  onOpen(group: TileGroup): void;
}

export function NeedGroups({ groups, onOpen }: NeedGroupsProps) {
  return (
    <TileGrid count={groups.length} class="kiosk-groups">
      {groups.map(({ group, chosen }) => (
        <li key={group}>
          <button
            type="button"
            class={`kiosk-group-tile${chosen > 0 ? ' is-chosen' : ''}`}
            data-group={group}
            aria-haspopup={group === 'healthSafety' ? 'dialog' : undefined}
            onClick={() => onOpen(group)}
          >
            <ItemIcon name={GROUP_ICON[group]} size={40} />
            <span class="kiosk-group-tile__name">{t.value(GROUP_LABEL[group])}</span>
            <span class="kiosk-group-tile__note">
              {chosen > 0
                ? t.value('kiosk.needs.chosen', { count: chosen })
                : group === 'healthSafety'
                  ? t.value('kiosk.needs.discreetHint')
                  : ''}
            </span>
          </button>
        </li>
      ))}
    </TileGrid>
  );
}
