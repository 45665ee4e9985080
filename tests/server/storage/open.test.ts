/** Issue 17: the configuration picks the engine, and where the data lives is printed without a password. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../server/db/database.js';
import { MIGRATIONS } from '../../../server/db/migrations.js';
import { openStorage, withoutPassword } from '../../../server/storage/open.js';
import { makeTempDir } from '../support/test-server.js';

describe('withoutPassword', () => {
  it.each([
    ['postgres://dropin:Hunter2pw@db.example:5432/dropin', 'postgres://dropin@db.example:5432/dropin'],
    [
      'postgresql://dropin:Hunter2pw@10.0.0.5/dropin?sslmode=require',
      'postgresql://dropin@10.0.0.5/dropin?sslmode=require',
    ],
    [
      'postgres://dropin@db.example/dropin?password=Hunter2pw&sslmode=require',
      'postgres://dropin@db.example/dropin?sslmode=require',
    ],
    ['postgres://db.example/dropin', 'postgres://db.example/dropin'],
    ['postgres:///dropin', 'postgres:///dropin'],
  ])('prints %s as %s', (url, printed) => {
    expect(withoutPassword(url)).toBe(printed);
  });

  it('prints nothing of a URL it cannot read', () => {
    const printed = withoutPassword('postgres://dropin:Hunter2pw@db.example:99999/dropin');
    expect(printed).not.toContain('Hunter2pw');
    expect(printed).not.toContain('db.example');
  });
});

describe('openStorage', () => {
  it('opens the SQLite file under the data folder when no DATABASE_URL is set, and says where it is', async () => {
    const temp = makeTempDir('dropin-open-');
    try {
      const { storage, where, migrated } = await openStorage({ dataDir: temp.dir });
      expect(where).toBe(path.join(temp.dir, DATABASE_FILE));
      expect(migrated).toEqual({ from: 0, to: MIGRATIONS.length });
      expect(await storage.healthy()).toBe(true);
      await storage.close();
    } finally {
      temp.remove();
    }
  });
});
