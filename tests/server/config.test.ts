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
    });
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
