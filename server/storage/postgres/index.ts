/** Placeholder until the PostgreSQL storage is merged (issue 17): same signature, not implemented. */
import type { Storage } from '../types.js';

export async function openPostgresStorage(
  _url: string,
  _options?: { max?: number },
): Promise<{ storage: Storage; migrated: { from: number; to: number } }> {
  throw new Error('PostgreSQL storage not merged yet');
}
