/**
 * Server configuration from the environment, validated once at start so that a typo gives a
 * clear message instead of a half-working server.
 */
import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535 (0 picks a free port)')
    .max(65535, 'PORT must be between 0 and 65535 (0 picks a free port)')
    .default(8080),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'DATA_DIR must not be empty').default('./data'),
  STATIC_DIR: z.string().min(1).optional(),
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().optional(),
});

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the folder holding the SQLite database. */
  readonly dataDir: string;
  /** A PostgreSQL URL: when set, the server stores everything there instead of under dataDir. */
  readonly databaseUrl?: string;
  /** Absolute path of the built PWA (Vite's `dist/`). */
  readonly staticDir: string;
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
  readonly logLevel: z.infer<typeof Env>['LOG_LEVEL'];
}

export class ConfigError extends Error {}

/** Reads the configuration; relative paths are taken from `cwd`. Throws ConfigError on bad input. */
export function readConfig(env: Record<string, string | undefined>, cwd: string, projectRoot: string): ServerConfig {
  const parsed = Env.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    throw new ConfigError('Invalid configuration: set both TLS_CERT_FILE and TLS_KEY_FILE, or neither.');
  }
  if (e.DATABASE_URL !== undefined && !isPostgresUrl(e.DATABASE_URL)) {
    // Never the value itself: a database URL may hold a password.
    throw new ConfigError(
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL that names a database, ' +
        'like postgres://dropin@db.example:5432/dropin (the value is not shown: it may hold a password).',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    staticDir: e.STATIC_DIR ? path.resolve(cwd, e.STATIC_DIR) : path.join(projectRoot, 'dist'),
    tls:
      e.TLS_CERT_FILE && e.TLS_KEY_FILE
        ? { certFile: path.resolve(cwd, e.TLS_CERT_FILE), keyFile: path.resolve(cwd, e.TLS_KEY_FILE) }
        : undefined,
    logLevel: e.LOG_LEVEL,
    ...(e.DATABASE_URL !== undefined ? { databaseUrl: e.DATABASE_URL } : {}),
  };
}

/** postgres:// or postgresql://, parseable, with a database after the host (`/dropin`). */
function isPostgresUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const database = url.pathname.replace(/^\//, '');
  return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && database !== '' && !database.includes('/');
}

/** `PORT=` in a shell means "unset", not "the empty string". */
function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
