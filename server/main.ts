/**
 * Entry point: read the configuration, open (and migrate) the database, serve the PWA and the
 * API on one port, and close the database cleanly on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { reachableBaseUrls } from './addresses.js';
import { buildApp } from './app.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { closeDatabase, openDatabase } from './db/database.js';
import { findProjectRoot, readAppVersion } from './project.js';

async function main(): Promise<void> {
  const projectRoot = findProjectRoot();
  const config = loadConfigOrExit(projectRoot);
  const version = readAppVersion(projectRoot);
  const { db, file, migrated } = openDatabase(config.dataDir);
  const https = config.tls
    ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : undefined;
  const app = await buildApp({ db, version, staticDir: config.staticDir, logLevel: config.logLevel, https });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    closeDatabase(db);
    process.stdout.write('Stopped; database closed.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  printBanner(config, { version, file, migrated, port });
}

function loadConfigOrExit(projectRoot: string): ServerConfig {
  try {
    return readConfig(process.env, process.cwd(), projectRoot);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function printBanner(
  config: ServerConfig,
  facts: { version: string; file: string; migrated: { from: number; to: number }; port: number },
): void {
  const schema =
    facts.migrated.from === facts.migrated.to
      ? `schema v${facts.migrated.to}`
      : `schema v${facts.migrated.from} → v${facts.migrated.to}`;
  const [first, ...others] = reachableBaseUrls(config.host, facts.port, config.tls ? 'https' : 'http');
  const lines = [
    `LEAD drop-in kiosk v${facts.version} is running.`,
    `  Database: ${facts.file} (${schema})`,
    `  Kiosk:    ${first}/kiosk`,
    `  Staff:    ${first}/staff`,
    ...others.map((url) => `  Also at:  ${url}/kiosk  ${url}/staff`),
    `  Listening on ${config.host}:${facts.port}. Press Ctrl+C to stop.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
