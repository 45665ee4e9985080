/**
 * The default site as an op: the server makes it once, from CENTER, so the center every existing
 * op belongs to has a name, address and phone that admins can change like any other site's.
 */
import { CENTER } from '../center.js';
import { formatStamp, initialClock, tickClock } from '../ops/clock.js';
import type { Op } from '../ops/op.js';
import { DEFAULT_SITE_ID } from './site.js';

/**
 * `site.created` for the default site, made by the server `serverId` at `now`. Its device id is
 * not the seed catalog's (`srv_<serverId>`), so their sequence numbers never meet.
 */
export function defaultSiteOps(serverId: string, now: Date): Op[] {
  const deviceId = `srv_sites_${serverId}`;
  const clock = tickClock(initialClock(deviceId), now.getTime());
  return [
    {
      id: `seed_${DEFAULT_SITE_ID}`,
      deviceId,
      seq: 1,
      at: formatStamp(clock),
      actor: null,
      type: 'site.created',
      payload: { siteId: DEFAULT_SITE_ID, name: CENTER.programName, address: CENTER.address, phone: CENTER.phone },
    },
  ];
}
