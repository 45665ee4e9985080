import { describe, expect, it } from 'vitest';
import { seedCatalogOnce, seedDefaultSiteOnce } from '../../../server/sync/seed-catalog.js';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import { CENTER } from '../../../src/core/center.js';
import { catalogItems } from '../../../src/core/fold/selectors.js';
import type { View } from '../../../src/core/fold/views.js';
import { Op } from '../../../src/core/ops/op.js';
import { DEFAULT_SITE_ID } from '../../../src/core/sites/site.js';
import { pairDevice, setUpFirstAdmin } from '../support/auth-fixtures.js';
import { startTestServer } from '../support/test-server.js';

describe('the seed catalog', () => {
  it('is added once to a new database, as valid catalog ops every device receives', async () => {
    const server = await startTestServer();
    try {
      const admin = await setUpFirstAdmin(server);
      const pulled = await admin.get<{ ops: unknown[] }>('/api/sync/pull?after=0&limit=1000');
      const ops = pulled.body.ops.map((op) => Op.parse(op));
      // The catalog, and the first site (issue 17) made from the center's facts.
      expect(ops.map((op) => op.type)).toEqual([...SEED_CATALOG.map(() => 'catalog.itemAdded'), 'site.created']);
      expect(ops.at(-1)).toMatchObject({ payload: { siteId: DEFAULT_SITE_ID, name: CENTER.programName } });
      expect(await seedDefaultSiteOnce(server.storage, new Date())).toBe(false);

      const { device: kiosk } = await pairDevice(server, admin);
      const snapshot = await kiosk.get<{ views: { key: string; view: View }[] }>('/api/sync/snapshot');
      const items = catalogItems(snapshot.body.views.map((record) => record.view));
      expect(items.map((item) => item.names.en)).toContain('Warm meal');
      expect(items.filter((item) => item.discreet).map((item) => item.names.en)).toEqual([
        'Naloxone kit',
        'Safer-use supplies',
        'Wound care',
      ]);
      expect(items.filter((item) => item.category === 'caseManager')).toHaveLength(11);
      expect(items.every((item) => item.names.es)).toBe(true);

      expect(await seedCatalogOnce(server.storage, new Date())).toBe(0);
      await server.close({ keepData: true });
      const again = await startTestServer({ database: server.database });
      expect(await again.peekValue("SELECT count(*) FROM ops WHERE type = 'catalog.itemAdded'")).toBe(
        SEED_CATALOG.length,
      );
      await again.close();
    } catch (error) {
      await server.close().catch(() => undefined);
      throw error;
    }
  });
});
