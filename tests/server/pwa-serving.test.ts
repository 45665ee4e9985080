import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer, type TestServer } from './support/test-server.js';

/** A stand-in for Vite's dist/ folder: an app shell, a hashed asset, a service worker, a manifest. */
function writeFakeBuild(dir: string): void {
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>shell</title><div id="app"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"x"}');
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
