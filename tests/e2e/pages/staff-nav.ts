/**
 * The staff navigation: daily sections are links in the row, the admin ones, Devices and Reports sit
 * under "More" ("Más"), so following one of those opens the menu first.
 */
import type { Page } from '@playwright/test';

const UNDER_MORE_EN = ['Catalog and hours', 'Sites', 'Devices', 'Staff accounts', 'Activity log', 'Reports'];
const UNDER_MORE_ES = [
  'Catálogo y horario',
  'Sedes',
  'Dispositivos',
  'Cuentas del personal',
  'Registro de actividad',
  'Informes',
];

export function staffNavigation(page: Page) {
  return page.getByRole('navigation', { name: /^(Staff sections|Secciones del personal)$/ });
}

/** The "More" ("Más") button of the navigation. */
export function moreButton(page: Page, language: 'en' | 'es' = 'en') {
  return staffNavigation(page).getByRole('button', { name: language === 'es' ? 'Más' : 'More' });
}

/** Follows the navigation's link to `section` (English or Spanish), through "More" when it is there. */
export async function followSection(page: Page, section: string): Promise<void> {
  const spanish = UNDER_MORE_ES.includes(section);
  if (spanish || UNDER_MORE_EN.includes(section)) {
    const more = moreButton(page, spanish ? 'es' : 'en');
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  }
  await staffNavigation(page).getByRole('link', { name: section, exact: true }).click();
}
