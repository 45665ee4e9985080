/**
 * The section navigation, showing only what the signed-in person's role may open: the daily
 * sections as links in one row, the admin ones and Devices under "More" (`nav-groups.ts`).
 */
import type { JSX } from 'preact';
import type { StaffRole } from '../core/auth/api.js';
import { t } from '../i18n/index.js';
import {
  BoxIcon,
  CalendarIcon,
  ChartIcon,
  HistoryIcon,
  IdCardIcon,
  LaptopIcon,
  ListIcon,
  MapPinIcon,
  TagIcon,
  TalkIcon,
  UsersIcon,
} from '../ui/icons.js';
import { MoreMenu } from './MoreMenu.js';
import { splitNavigation } from './nav-groups.js';
import { type SectionId, sectionsFor } from './sections.js';
import './StaffNav.css';

const ICONS: Record<SectionId, () => JSX.Element> = {
  today: CalendarIcon,
  queue: ListIcon,
  talk: TalkIcon,
  inventory: BoxIcon,
  participants: IdCardIcon,
  catalog: TagIcon,
  sites: MapPinIcon,
  devices: LaptopIcon,
  accounts: UsersIcon,
  activity: HistoryIcon,
  reports: ChartIcon,
};

export function StaffNav({ role, current }: { role: StaffRole; current: SectionId | undefined }) {
  const { row, more } = splitNavigation(sectionsFor(role));
  return (
    <nav class="staff-nav" aria-label={t.value('staff.nav')}>
      <ul>
        {row.map((section) => {
          const SectionIcon = ICONS[section.id];
          return (
            <li key={section.id}>
              <a href={section.path} aria-current={section.id === current ? 'page' : undefined}>
                <SectionIcon />
                {t.value(section.label)}
              </a>
            </li>
          );
        })}
        {more.length > 0 && (
          <li class="staff-nav__more">
            <MoreMenu sections={more} current={current} icons={ICONS} />
          </li>
        )}
      </ul>
    </nav>
  );
}
