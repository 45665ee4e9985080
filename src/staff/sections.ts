/** The console's sections: path, label, and whether only admins may open them. */
import type { MessageKey } from '../i18n/index.js';

export type SectionId =
  | 'today'
  | 'queue'
  | 'talk'
  | 'inventory'
  | 'participants'
  | 'catalog'
  | 'sites'
  | 'devices'
  | 'accounts'
  | 'activity'
  | 'reports';

export interface Section {
  readonly id: SectionId;
  readonly path: string;
  readonly label: MessageKey;
  readonly adminOnly: boolean;
  /** Paths below `path` belong to it too (e.g. one participant's profile). */
  readonly nested?: boolean;
}

/** In the order of the navigation. */
export const SECTIONS: readonly Section[] = [
  { id: 'today', path: '/staff', label: 'staff.nav.today', adminOnly: false },
  { id: 'queue', path: '/staff/queue', label: 'staff.nav.queue', adminOnly: false },
  { id: 'talk', path: '/staff/talk', label: 'staff.nav.talk', adminOnly: false },
  { id: 'inventory', path: '/staff/inventory', label: 'staff.nav.inventory', adminOnly: false, nested: true },
  { id: 'participants', path: '/staff/participants', label: 'staff.nav.participants', adminOnly: false, nested: true },
  { id: 'catalog', path: '/staff/catalog', label: 'staff.nav.catalog', adminOnly: true, nested: true },
  { id: 'sites', path: '/staff/sites', label: 'sites.title', adminOnly: true },
  { id: 'devices', path: '/staff/devices', label: 'staff.nav.devices', adminOnly: false },
  { id: 'accounts', path: '/staff/accounts', label: 'staff.nav.accounts', adminOnly: true },
  { id: 'activity', path: '/staff/activity', label: 'staff.nav.activity', adminOnly: true },
  { id: 'reports', path: '/staff/reports', label: 'staff.nav.reports', adminOnly: false },
];

/** The section a path shows (a trailing slash is forgiven), or undefined for an unknown path. */
export function sectionForPath(path: string): Section | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return SECTIONS.find(
    (section) => section.path === clean || (section.nested === true && clean.startsWith(`${section.path}/`)),
  );
}

/** The sections someone with this role sees in the navigation. */
export function sectionsFor(role: 'staff' | 'admin'): Section[] {
  return SECTIONS.filter((section) => role === 'admin' || !section.adminOnly);
}
