/**
 * The site being worked on in this staff console: what this browser chose (remembered per
 * browser), else this device's own site, else the default site; checked against the sites the
 * signed-in person may act for once those are read (`siteOptions`, kept by the site picker).
 */
import { computed, signal } from '@preact/signals';
import type { Site } from '../core/sites/sites.js';
import { thisDevice } from '../sync/device-state.js';
import { staffSession } from './session.js';
import { resolveWorkingSite } from './sites/site-scope.js';

const STORAGE_KEY = 'lead.staffSite';

/** What this browser chose; null until someone picks a site. */
export const siteChoice = signal<string | null>(readStoredChoice());

/** The sites the signed-in person may work on, as this device knows them; null until read. */
export const siteOptions = signal<readonly Site[] | null>(null);

/** The site being worked on: the floor, the catalog and the stock show it, and new ops name it. */
export const workingSite = computed(() => {
  const session = staffSession.value;
  const allowed = session.status === 'signedIn' ? session.session.staff.sites : [];
  return resolveWorkingSite(siteChoice.value, deviceSiteOf(thisDevice.value), siteOptions.value, allowed);
});

/** Works on `siteId` from now on, in this browser (also after a reload). */
export function chooseSite(siteId: string): void {
  siteChoice.value = siteId;
  try {
    localStorage.setItem(STORAGE_KEY, siteId);
  } catch {
    // Private mode or a full disk: the choice still holds for this page.
  }
}

/** The site a paired device is at (identities stored before sites have none). */
function deviceSiteOf(identity: object | null | undefined): string | null {
  if (!identity || !('site' in identity)) return null;
  return typeof identity.site === 'string' ? identity.site : null;
}

function readStoredChoice(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
