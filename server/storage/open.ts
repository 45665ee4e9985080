/**
 * Opens the storage the configuration names: PostgreSQL when DATABASE_URL is set, otherwise the
 * SQLite file under DATA_DIR. Each engine is imported only when chosen, so a SQLite center never loads pg.
 */
import type { ServerConfig } from '../config.js';
import type { Storage } from './types.js';

export interface OpenedStorage {
  readonly storage: Storage;
  /** Where the data lives, safe to print: the SQLite file, or the PostgreSQL URL without its password. */
  readonly where: string;
  readonly migrated: { readonly from: number; readonly to: number };
}

export async function openStorage(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<OpenedStorage> {
  if (config.databaseUrl !== undefined) {
    const { openPostgresStorage } = await import('./postgres/index.js');
    const { storage, migrated } = await openPostgresStorage(config.databaseUrl);
    return { storage, migrated, where: withoutPassword(config.databaseUrl) };
  }
  const { openSqliteStorage } = await import('./sqlite/index.js');
  const { storage, file, migrated } = openSqliteStorage(config.dataDir);
  return { storage, migrated, where: file };
}

/**
 * The URL with any password taken out, from the user part and from a `password=` parameter (pg
 * reads both), for banners and logs. A URL that does not parse is not printed at all.
 */
export function withoutPassword(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(a database URL that is not shown)';
  }
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}
