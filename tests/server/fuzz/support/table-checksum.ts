/**
 * Row counts and a content checksum of every table, on either engine, to show that refused
 * requests changed nothing. Rows are sorted before hashing, so the engine's row order does not matter.
 */
import { createHash } from 'node:crypto';
import type { TestServer } from '../../support/test-server.js';

/**
 * Columns a refused request may legitimately write, left out of the checksum:
 * - devices.last_seen_at: the caller check notes a device's last-seen time (at most once a
 *   minute) for every authenticated device request, before validation runs (server/auth/caller.ts);
 * - devices.last_sync_at: a push whose ops are all rejected is still a sync the device made;
 * - sessions.last_seen_at: resuming a session moves its idle expiry (every few minutes), also
 *   before validation, so a signed-in person's refused request keeps them signed in.
 */
const LEGITIMATELY_TOUCHED: Readonly<Record<string, readonly string[]>> = {
  devices: ['last_seen_at', 'last_sync_at'],
  sessions: ['last_seen_at'],
};

export interface TableState {
  readonly rows: Readonly<Record<string, number>>;
  readonly checksum: Readonly<Record<string, string>>;
}

export async function tableState(server: TestServer): Promise<TableState> {
  const tables =
    server.engine === 'sqlite'
      ? await server.peek<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
      : await server.peek<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
        );
  const rows: Record<string, number> = {};
  const checksum: Record<string, string> = {};
  for (const { name } of tables) {
    const skipped = new Set(LEGITIMATELY_TOUCHED[name] ?? []);
    const found = await server.peek<Record<string, unknown>>(`SELECT * FROM "${name}"`);
    const texts = found
      .map((row) =>
        JSON.stringify(
          Object.entries(row).filter(([column]) => !skipped.has(column)),
          stableValue,
        ),
      )
      .sort();
    rows[name] = found.length;
    checksum[name] = createHash('sha256').update(texts.join('\n')).digest('hex');
  }
  return { rows, checksum };
}

/** Bigints as text (JSON has no bigint); Buffers and Dates serialise through their own toJSON. */
function stableValue(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
