/**
 * A new database starts with the center's amenities (src/core/catalog/seed.ts) and its first site
 * (src/core/sites/default-site.ts), each added once as ops from the server itself, so every
 * device receives them by ordinary sync and admins change them like any other item or site.
 */
import { SEED_CATALOG } from '../../src/core/catalog/seed.js';
import { formatStamp, initialClock, tickClock } from '../../src/core/ops/clock.js';
import type { Op } from '../../src/core/ops/op.js';
import { defaultSiteOps } from '../../src/core/sites/default-site.js';
import type { Storage } from '../storage/types.js';

const SEEDED_KEY = 'catalog_seeded_at';
const DEFAULT_SITE_KEY = 'default_site_created_at';

/** The seed catalog as ops made by the server `serverId` at `now`. */
export function seedCatalogOps(serverId: string, now: Date): Op[] {
  const deviceId = `srv_${serverId}`;
  let clock = initialClock(deviceId);
  return SEED_CATALOG.map(({ id, item }, index) => {
    clock = tickClock(clock, now.getTime());
    return {
      id: `seed_${id}`,
      deviceId,
      seq: index + 1,
      at: formatStamp(clock),
      actor: null,
      type: 'catalog.itemAdded',
      payload: { itemId: id, item },
    };
  });
}

/** Adds the seed catalog unless it was added before (even if admins retired it all since). Returns how many items. */
export async function seedCatalogOnce(storage: Storage, now: Date): Promise<number> {
  const added = await storage.ops.appendServerOpsOnce(SEEDED_KEY, now, (serverId) => seedCatalogOps(serverId, now));
  return added ? SEED_CATALOG.length : 0;
}

/**
 * Creates the first site from the center's facts, once (an existing center gets it on its first
 * start with sites; its devices and ops are already that site's). True when it was added now.
 */
export function seedDefaultSiteOnce(storage: Storage, now: Date): Promise<boolean> {
  return storage.ops.appendServerOpsOnce(DEFAULT_SITE_KEY, now, (serverId) => defaultSiteOps(serverId, now));
}
