/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a free port on
 * 127.0.0.1, run by an unprivileged OS user, removed on stop. Nothing is mocked (issue 17).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The role initdb makes the superuser; trust auth on a private socket and 127.0.0.1 only. */
export const POSTGRES_USER = 'app';

export interface PostgresCluster {
  readonly port: number;
  /** The temporary folder holding the data directory, the socket and the log. */
  readonly dir: string;
  /** A `postgres://` URL for a database in this cluster (default: the `postgres` database). */
  url(database?: string): string;
  /** Makes an empty database (one per test file keeps files apart) and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl -m fast stop`, then removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or PG_BIN when set. */
export function findPostgresBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error('PostgreSQL is not installed: `apt-get install postgresql` (.ci/run does), or set PG_BIN.');
  }
  return path.join(root, newest, 'bin');
}

/** A port nobody listens on right now: the kernel picks one for port 0 and we give it back. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts connections on 127.0.0.1:port. */
export function isPortListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user the
 * Debian package makes (`runuser`); any other user runs the binaries directly.
 */
function asClusterOwner(bin: string, args: readonly string[], cwd: string) {
  if (userInfo().uid === 0) return run('runuser', ['-u', 'postgres', '--', bin, ...args], { cwd });
  return run(bin, [...args], { cwd });
}

export interface PostgresOptions {
  /** Keep fsync on, as a real server would (benchmarks); tests turn it off. */
  readonly durable?: boolean;
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'dropin-pg-'));
  const data = path.join(dir, 'data');
  try {
    if (userInfo().uid === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    // --no-sync (and fsync=off unless durable): a cluster thrown away needs no durability, and the machine is busy.
    await asClusterOwner(
      path.join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', POSTGRES_USER, '-E', 'UTF8', '--locale=C', '--no-sync'],
      dir,
    );
    const port = await startOnFreePort(bin, dir, data, options.durable ? '' : ' -c fsync=off');
    return clusterHandle(bin, dir, data, port);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Another process may take the port between our probe and the start; then try a new one. */
async function startOnFreePort(bin: string, dir: string, data: string, extra: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await findFreePort();
    // max_connections=400: the server suite runs on PostgreSQL too, each file with its servers'
    // pools, a peek pool and, in two-processes.test.ts, a child process's pool, two files at a time.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=400${extra}`;
    try {
      await asClusterOwner(
        path.join(bin, 'pg_ctl'),
        ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start'],
        dir,
      );
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  // pg_ctl says only that the server did not start; the reason is in the server's log.
  const log = path.join(dir, 'log');
  const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${tail}`);
}

/** `CREATE DATABASE name` through the cluster's admin URL; returns the new database's URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  // Identifiers cannot be parameters; the test names them, and we allow only plain ones.
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The database a `postgres://` URL names (its path), checked to be a plain name. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  return name;
}

/** Runs `work` on a client connected to the cluster's admin URL, then disconnects. */
async function asAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes a database unanswerable, as a crashed or unreachable server would be: new connections are
 * refused and every open one is ended.
 */
export async function cutOffDatabase(adminUrl: string, url: string): Promise<void> {
  const name = databaseNameOf(url);
  await asAdmin(adminUrl, async (client) => {
    await client.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  });
}

/** `DROP DATABASE ... WITH (FORCE)`: gone even while connections are open; no error if it is gone already. */
export async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const name = databaseNameOf(url);
  await asAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

function clusterHandle(bin: string, dir: string, data: string, port: number): PostgresCluster {
  let stopped = false;
  const url = (database = 'postgres') => `postgres://${POSTGRES_USER}@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    createDatabase: (name) => createDatabase(url(), name),
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await asClusterOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
