import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.js';

const cwd = '/srv/center';
const root = '/opt/dropin';

describe('readConfig', () => {
  it('defaults to port 8080 on localhost with ./data and the built PWA in the project', () => {
    expect(readConfig({}, cwd, root)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/center/data',
      staticDir: path.join(root, 'dist'),
      tls: undefined,
      logLevel: 'info',
      databaseUrl: undefined,
    });
  });

  it.each([
    'postgres://dropin@db.example:5432/dropin',
    'postgresql://dropin:s3cret@10.0.0.5/dropin?sslmode=require',
    'postgres:///dropin',
  ])('reads DATABASE_URL %s as the PostgreSQL database to use', (url) => {
    expect(readConfig({ DATABASE_URL: url }, cwd, root).databaseUrl).toBe(url);
  });

  it.each([
    ['another scheme', 'mysql://dropin:Hunter2pw@db.example/dropin'],
    ['no database', 'postgres://dropin:Hunter2pw@db.example:5432'],
    ['only a slash', 'postgres://dropin:Hunter2pw@db.example:5432/'],
    ['not a URL', 'dropin:Hunter2pw@db.example/dropin'],
    ['a bad port', 'postgres://dropin:Hunter2pw@db.example:99999/dropin'],
  ])('refuses a DATABASE_URL with %s, without ever repeating it (it may hold a password)', (_what, url) => {
    let message = '';
    try {
      readConfig({ DATABASE_URL: url }, cwd, root);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL that names a database/);
    expect(message).not.toContain('Hunter2pw');
    expect(message).not.toContain(url);
  });

  it('reads PORT, HOST, DATA_DIR and TLS files, resolving relative paths from the working folder', () => {
    const config = readConfig(
      { PORT: '9000', HOST: '0.0.0.0', DATA_DIR: 'var/db', TLS_CERT_FILE: 'tls/cert.pem', TLS_KEY_FILE: '/k.pem' },
      cwd,
      root,
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/srv/center/var/db',
      tls: { certFile: '/srv/center/tls/cert.pem', keyFile: '/k.pem' },
    });
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATA_DIR: '' }, cwd, root)).toMatchObject({
      port: 8080,
      dataDir: '/srv/center/data',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ PORT: '80.5' }, /PORT must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ TLS_CERT_FILE: 'cert.pem' }, /set both TLS_CERT_FILE and TLS_KEY_FILE/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => readConfig(env, cwd, root)).toThrow(ConfigError);
    expect(() => readConfig(env, cwd, root)).toThrow(message);
  });
});
