import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/db/database.js';
import { MIGRATIONS } from '../../server/db/migrations.js';
import {
  compileServer,
  PROJECT_ROOT,
  runServerExpectingFailure,
  startServerProcess,
} from '../support/server-process.js';
import { makeTempDir } from './support/test-server.js';

beforeAll(compileServer, 120_000);

/** The server as a real process: start, banner, configuration errors, TLS, clean shutdown. */
describe('the server process', () => {
  it('creates its data folder and database on first start, prints the URLs, and closes the database on SIGTERM', async () => {
    const temp = makeTempDir('dropin-first-start-');
    const dataDir = path.join(temp.dir, 'data');
    try {
      const server = await startServerProcess({ dataDir });
      expect(server.output()).toMatch(/Kiosk:\s+http:\/\/127\.0\.0\.1:\d+\/kiosk/);
      expect(server.output()).toMatch(/Staff:\s+http:\/\/127\.0\.0\.1:\d+\/staff/);
      expect(server.output()).toContain(`schema v0 → v${MIGRATIONS.length}`);
      expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
      const health = await fetch(`${server.baseUrl}/api/health`);
      expect(((await health.json()) as { database: { status: string } }).database.status).toBe('ok');

      expect(await server.stop()).toBe(0);
      expect(server.output()).toContain('Stopped; database closed.');
      // A clean close folds the write-ahead log into the database file.
      const wal = path.join(dataDir, `${DATABASE_FILE}-wal`);
      expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);

      const again = await startServerProcess({ dataDir });
      expect(again.output()).toContain(`(schema v${MIGRATIONS.length})`);
      expect(await again.stop()).toBe(0);
    } finally {
      temp.remove();
    }
  });

  it('prints a one-time first-admin link while no admin exists, a new one at each start', async () => {
    const temp = makeTempDir('dropin-setup-link-');
    const dataDir = path.join(temp.dir, 'data');
    const linkIn = (output: string) => /(http:\/\/\S+\/staff\/setup)#code=([\w-]+)/.exec(output);
    try {
      const first = await startServerProcess({ dataDir });
      const firstLink = linkIn(first.output());
      expect(firstLink?.[1]).toBe(`${first.baseUrl}/staff/setup`);
      expect(await first.stop()).toBe(0);

      const second = await startServerProcess({ dataDir });
      const secondCode = linkIn(second.output())?.[2];
      expect(secondCode).toBeDefined();
      expect(secondCode).not.toBe(firstLink?.[2]);
      const post = (code: string | undefined) =>
        fetch(`${second.baseUrl}/api/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, displayName: 'Ana', loginName: 'ana', secret: '482913' }),
        });
      expect((await post(firstLink?.[2])).status).toBe(403);
      expect((await post(secondCode)).status).toBe(200);
      expect(await second.stop()).toBe(0);

      const third = await startServerProcess({ dataDir });
      expect(third.output()).not.toContain('/staff/setup');
      expect(await third.stop()).toBe(0);
    } finally {
      temp.remove();
    }
  });

  it('refuses bad configuration with a clear message and exit code 1', async () => {
    const { code, output } = await runServerExpectingFailure({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('PORT must be a number');
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL without printing it (it may hold a password)', async () => {
    const { code, output } = await runServerExpectingFailure({
      DATABASE_URL: 'mysql://ana:Hunter2pw@db.example/dropin',
    });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(output).not.toContain('Hunter2pw');
  });

  it('runs a SQLite center without ever loading the PostgreSQL driver', async () => {
    const refusePg = `--import=${pathToFileURL(path.join(PROJECT_ROOT, 'tests/support/refuse-pg.mjs')).href}`;
    // The hook does refuse pg (otherwise this test would prove nothing).
    const probe = spawnSync(process.execPath, [refusePg, '--input-type=module', '-e', "await import('pg')"], {
      cwd: PROJECT_ROOT,
    });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr.toString()).toContain('refused to load pg');

    const server = await startServerProcess({ env: { NODE_OPTIONS: refusePg } });
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(((await health.json()) as { database: { status: string } }).database.status).toBe('ok');
    expect(await server.stop()).toBe(0);
  });

  it('serves HTTPS when given a certificate and key', async () => {
    const temp = makeTempDir('dropin-tls-');
    const cert = path.join(temp.dir, 'cert.pem');
    const key = path.join(temp.dir, 'key.pem');
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    expect(made.status, made.stderr?.toString()).toBe(0);
    try {
      const server = await startServerProcess({ env: { TLS_CERT_FILE: cert, TLS_KEY_FILE: key } });
      expect(server.baseUrl).toMatch(/^https:\/\//);
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get(`${server.baseUrl}/api/health`, { ca: readFileSync(cert) }, (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => {
              text += chunk.toString();
            });
            response.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
      expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
      expect(await server.stop()).toBe(0);
    } finally {
      temp.remove();
    }
  });
});

describe('npm run backup', () => {
  it('copies a running server’s database into a consistent, readable backup', async () => {
    const temp = makeTempDir('dropin-backup-');
    const dataDir = path.join(temp.dir, 'data');
    const backupFile = path.join(temp.dir, 'copy.sqlite3');
    try {
      const server = await startServerProcess({ dataDir });
      const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/backup.mjs'), backupFile], {
        env: { ...process.env, DATA_DIR: dataDir },
      });
      expect(result.status, result.stderr.toString()).toBe(0);
      expect(await server.stop()).toBe(0);

      const copy = new BetterSqlite3(backupFile, { readonly: true });
      const original = new BetterSqlite3(path.join(dataDir, DATABASE_FILE), { readonly: true });
      try {
        const serverId = "SELECT value FROM meta WHERE key = 'server_id'";
        expect(copy.prepare(serverId).pluck().get()).toBe(original.prepare(serverId).pluck().get());
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        // Personal data: only the user who made it may read it.
        expect(statSync(backupFile).mode & 0o777).toBe(0o600);
      } finally {
        copy.close();
        original.close();
      }

      const again = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/backup.mjs'), backupFile], {
        env: { ...process.env, DATA_DIR: dataDir },
      });
      expect(again.status).toBe(1);
      expect(again.stderr.toString()).toContain('already exists');
    } finally {
      temp.remove();
    }
  });
});
