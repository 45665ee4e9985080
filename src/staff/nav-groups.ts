/**
 * Which sections sit behind "More" in the navigation, so the row fits a 1366-px laptop in both
 * languages: the admin pages, Devices and Reports. A section not named here gets its own link.
 */
import type { Section, SectionId } from './sections.js';

export const MORE_SECTIONS: ReadonlySet<SectionId> = new Set<SectionId>([
  'catalog',
  'sites',
  'devices',
  'accounts',
  'activity',
  'reports',
]);

/** The sections in the navigation row, and those in the "More" menu, each in navigation order. */
export function splitNavigation(sections: readonly Section[]): { row: Section[]; more: Section[] } {
  return {
    row: sections.filter((section) => !MORE_SECTIONS.has(section.id)),
    more: sections.filter((section) => MORE_SECTIONS.has(section.id)),
  };
}
