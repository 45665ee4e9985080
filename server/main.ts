/**
 * Entry point: read the configuration, open (and migrate) the database, serve the PWA and the
 * API on one port, and close the database cleanly on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { reachableBaseUrls } from './addresses.js';
import { buildApp } from './app.js';
import { issueSetupCode } from './auth/setup-codes.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { findProjectRoot, readAppVersion } from './project.js';
import { openStorage } from './storage/open.js';

async function main(): Promise<void> {
  const projectRoot = findProjectRoot();
  const config = loadConfigOrExit(projectRoot);
  const version = readAppVersion(projectRoot);
  const { storage, where, migrated } = await openStorage(config);
  const https = config.tls
    ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : undefined;
  const app = await buildApp({ storage, version, staticDir: config.staticDir, logLevel: config.logLevel, https });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await storage.close();
    process.stdout.write('Stopped; database closed.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const setup = await issueSetupCode(storage, new Date());
  process.stdout.write(
    `${[...bannerLines(config, { version, where, migrated, port }), ...setupLinkLines(config, port, setup)].join('\n')}\n`,
  );
}

/** While no admin exists, each start prints a fresh one-time link (the previous one stops working). */
function setupLinkLines(
  config: ServerConfig,
  port: number,
  setup: { code: string; expiresAt: Date } | undefined,
): string[] {
  if (!setup) return [];
  const [base] = reachableBaseUrls(config.host, port, config.tls ? 'https' : 'http');
  const until = setup.expiresAt.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return [
    '',
    '  No admin account exists yet. Create the first admin with this one-time link',
    `  (it works once, until ${until}; restarting the server prints a new one):`,
    `    ${base}/staff/setup#code=${setup.code}`,
    '',
  ];
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

function bannerLines(
  config: ServerConfig,
  facts: { version: string; where: string; migrated: { from: number; to: number }; port: number },
): string[] {
  const schema =
    facts.migrated.from === facts.migrated.to
      ? `schema v${facts.migrated.to}`
      : `schema v${facts.migrated.from} → v${facts.migrated.to}`;
  const [first, ...others] = reachableBaseUrls(config.host, facts.port, config.tls ? 'https' : 'http');
  return [
    `LEAD drop-in kiosk v${facts.version} is running.`,
    `  Database: ${facts.where} (${schema})`,
    `  Kiosk:    ${first}/kiosk`,
    `  Staff:    ${first}/staff`,
    `  Display:  ${first}/display`,
    ...others.map((url) => `  Also at:  ${url}/kiosk  ${url}/staff  ${url}/display`),
    `  Listening on ${config.host}:${facts.port}. Press Ctrl+C to stop.`,
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
