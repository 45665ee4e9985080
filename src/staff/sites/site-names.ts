/**
 * A site's name where a screen shows only its id (a device, an account, a pairing code): the name
 * this device knows, else "a site not on this device yet" (it arrives with the next sync).
 */
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';

export function siteNameOf(sites: readonly Site[], siteId: string): string {
  return sites.find((site) => site.id === siteId)?.name ?? t.value('sites.notHereYet');
}
