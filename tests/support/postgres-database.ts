/**
 * A fresh database per test file in the run's shared cluster (tests/support/postgres-global-setup.ts),
 * so files running side by side never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase } from './postgres.js';

/** Creates an empty database in the shared cluster and returns its URL. */
export function createTestDatabase(prefix: string): Promise<string> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('No PostgreSQL cluster: run this file in the `postgres` vitest project.');
  return createDatabase(adminUrl, `${prefix}_${randomBytes(4).toString('hex')}`);
}
