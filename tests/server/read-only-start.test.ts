/**
 * The compiled server started on a database file that is read-only (0444, in a 0555 folder) does
 * not start: it says which file, why, and what to change, and leaves the file as it was
 * (server/db/database.ts says why it does not serve reads instead). Root ignores permissions, so
 * when the tests run as root the server runs as `nobody`, owner of the data folder.
 */
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/db/database.js';
import {
  compileServer,
  runServerExpectingFailure,
  startServerProcess,
  unprivilegedUser,
} from '../support/server-process.js';
import { makeTempDir } from './support/test-server.js';

beforeAll(compileServer, 120_000);

const runAs = unprivilegedUser();
let temp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => {
  if (!temp) return;
  chmodSync(temp.dir, 0o700);
  temp.remove();
  temp = undefined;
});

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A data folder with a database at the current schema, owned by whoever the server runs as. */
async function madeDatabase(): Promise<{ dataDir: string; file: string }> {
  temp = makeTempDir('dropin-read-only-');
  const dataDir = temp.dir;
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  const server = await startServerProcess({ dataDir, runAs });
  expect(await server.stop()).toBe(0);
  return { dataDir, file: path.join(dataDir, DATABASE_FILE) };
}

describe('a database file the server may not write', () => {
  it('stops the start with a clear message naming the file, and changes nothing', async () => {
    const { dataDir, file } = await madeDatabase();
    chmodSync(file, 0o444);
    chmodSync(dataDir, 0o555);
    const before = digest(file);

    const { code, output } = await runServerExpectingFailure({ DATA_DIR: dataDir }, runAs);
    expect(code).toBe(1);
    expect(output).toContain(`Could not start the server: The database file ${file} is read-only for this server`);
    expect(output).toContain('Give the user the server runs as write access');
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
    expect(digest(file)).toBe(before);
    expect(readdirSync(dataDir)).toEqual([DATABASE_FILE]);

    // The same user starts it once the file and folder are writable again: it was the permissions.
    chmodSync(dataDir, 0o700);
    chmodSync(file, 0o600);
    const server = await startServerProcess({ dataDir, runAs });
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('stops the start the same way when only the folder is read-only (SQLite writes its log beside the file)', async () => {
    const { dataDir } = await madeDatabase();
    chmodSync(dataDir, 0o555);
    const { code, output } = await runServerExpectingFailure({ DATA_DIR: dataDir }, runAs);
    expect(code).toBe(1);
    expect(output).toContain(`The database folder ${dataDir} is read-only for this server`);
  });
});
