import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer, type TestServer } from './support/test-server.js';

/** A stand-in for Vite's dist/ folder: an app shell, a hashed asset, a service worker, a manifest. */
function writeFakeBuild(dir: string): void {
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>shell</title><div id="app"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"x"}');
  // Big enough to be worth compressing; the build's own step writes its .br and .gz.
  writeFileSync(path.join(dir, 'assets', 'big-def456.js'), `console.log(${JSON.stringify('kiosk '.repeat(2000))})`);
  execFileSync(process.execPath, ['scripts/precompress.mjs', dir]);
}

describe('serving the built PWA', () => {
  let server: TestServer;
  let build: { dir: string; remove: () => void };
  beforeAll(async () => {
    build = makeTempDir('dropin-dist-');
    writeFakeBuild(build.dir);
    server = await startTestServer({ staticDir: build.dir });
  });
  afterAll(async () => {
    await server.close();
    build.remove();
  });

  it.each(['/', '/kiosk', '/staff', '/kiosk/welcome', '/staff/today'])(
    'answers the app route %s with the app shell, revalidated on every visit',
    async (route) => {
      const response = await fetch(server.baseUrl + route);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="app">');
    },
  );

  it('caches hashed assets for a year and revalidates the service worker', async () => {
    const asset = await fetch(`${server.baseUrl}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await fetch(`${server.baseUrl}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends assets precompressed to browsers that accept it, and plain to the rest', async () => {
    const url = `${server.baseUrl}/assets/big-def456.js`;
    const original = readFileSync(path.join(build.dir, 'assets', 'big-def456.js'));
    const get = (encoding: string | null) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        // node:http rather than fetch, which would decode the body and hide what was sent.
        httpGet(url, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });

    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.length).toBeLessThan(original.length / 10);
    expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);

    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await get(null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // Still cached for a year whichever copy went out.
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const response = await fetch(`${server.baseUrl}/kiosk`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
    // Plain HTTP on a LAN must keep working: no HSTS and no forced upgrade.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('answers other unknown paths with 404, not the app shell', async () => {
    const response = await fetch(`${server.baseUrl}/wp-login.php`);
    expect(response.status).toBe(404);
  });
});

describe('serving before the PWA is built', () => {
  it('explains how to build instead of failing obscurely', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.baseUrl}/kiosk`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
      expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
