/**
 * `npm run move-to-postgres`: copies the center's SQLite file (DATA_DIR) into an empty PostgreSQL
 * database (DATABASE_URL), verifies the copy, and prints what it copied. Run it with the server stopped.
 */
import path from 'node:path';
import { copySqliteToPostgres } from './storage/postgres/copy-from-sqlite.js';
import { sqliteFileIn } from './storage/postgres/sqlite-source.js';

const EXAMPLE_URL = 'postgres://dropin:PASSWORD@127.0.0.1/dropin';

/** Bad input from the person running the command; the message says what to change. */
class UsageError extends Error {}

interface Target {
  readonly url: string;
  /** host:port/database, safe to print: never the user's password. */
  readonly where: string;
  /** Blanked out of anything printed, in case a driver message ever repeats it. */
  readonly secrets: readonly string[];
}

/** Checks DATABASE_URL without ever echoing it, since it may hold a password. */
function readTarget(value: string | undefined): Target {
  if (!value)
    throw new UsageError(`Set DATABASE_URL to the empty PostgreSQL database to copy into, e.g. ${EXAMPLE_URL}`);
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new UsageError(`DATABASE_URL must start with postgres:// or postgresql://, e.g. ${EXAMPLE_URL}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `DATABASE_URL is not a valid URL (a password with @, : or / must be percent-encoded), e.g. ${EXAMPLE_URL}`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(the user’s default database)';
  const host = url.hostname ? `${url.hostname}${url.port ? `:${url.port}` : ''}` : 'the local socket';
  const secrets = [value, url.password, safeDecode(url.password)].filter((secret) => secret.length > 0);
  return { url: value, where: `${host}/${database}`, secrets };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An error as one line a person can act on; a failed connect to several addresses has no message of its own. */
function explain(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(explain).join('; ');
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function blankOut(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join('***'), text);
}

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  let secrets: readonly string[] = [];
  try {
    const target = readTarget(env.DATABASE_URL);
    secrets = target.secrets;
    const file = sqliteFileIn(path.resolve(process.cwd(), env.DATA_DIR || './data'));
    process.stdout.write(
      `Copying ${file}\n   into PostgreSQL at ${target.where}.\n` +
        'The SQLite server must be stopped: the copy must see a file that does not change.\n',
    );
    const report = await copySqliteToPostgres({ sqliteFile: file, databaseUrl: target.url });
    const lines = report.tables.map(
      ({ table, rows }) => `  ${table.padEnd(14)} ${String(rows).padStart(9)} row${rows === 1 ? '' : 's'}`,
    );
    process.stdout.write(
      `${lines.join('\n')}\n` +
        `verified: every table's row count and SHA-256 are the same in SQLite and PostgreSQL ` +
        `(schema v${report.schemaVersion}; server id ${report.serverId} kept, so devices carry on).\n` +
        'Start the server with this DATABASE_URL; keep the SQLite file as a backup and do not start a server on it again.\n',
    );
    return 0;
  } catch (error) {
    process.stderr.write(`move-to-postgres: ${blankOut(explain(error), secrets)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.env);
