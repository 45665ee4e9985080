/**
 * A new database starts with the center's amenities (src/core/catalog/seed.ts), added once as
 * catalog ops from the server itself, so every device receives them by ordinary sync and admins
 * change them like any other item.
 */
import type { Database } from 'better-sqlite3';
import { SEED_CATALOG } from '../../src/core/catalog/seed.js';
import { formatStamp, initialClock, tickClock } from '../../src/core/ops/clock.js';
import type { Op } from '../../src/core/ops/op.js';
import { serverIdOf } from './feed.js';
import { appendOp } from './op-log.js';

const SEEDED_KEY = 'catalog_seeded_at';

/** Adds the seed catalog unless it was added before (even if admins retired it all since). Returns how many items. */
export function seedCatalogOnce(db: Database, now: Date): number {
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(SEEDED_KEY)) return 0;
    const deviceId = `srv_${serverIdOf(db)}`;
    let clock = initialClock(deviceId);
    SEED_CATALOG.forEach(({ id, item }, index) => {
      clock = tickClock(clock, now.getTime());
      const op: Op = {
        id: `seed_${id}`,
        deviceId,
        seq: index + 1,
        at: formatStamp(clock),
        actor: null,
        type: 'catalog.itemAdded',
        payload: { itemId: id, item },
      };
      appendOp(db, op, { receivedAt: now, pushedByDevice: null, pushedByStaff: null });
    });
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(SEEDED_KEY, now.toISOString());
    return SEED_CATALOG.length;
  })();
}
