/**
 * Vitest globalSetup for the `postgres` project: ONE throwaway cluster for the whole run, its
 * URL handed to test files through `provide`/`inject`, stopped when the run ends. Vitest runs a
 * project's globalSetup only when that project has files in the run, so nobody else pays for it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster's admin URL (the `postgres` database); files make their own databases. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgres();
  project.provide('postgresUrl', cluster.url());
  return () => cluster.stop();
}
