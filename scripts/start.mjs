// `npm start`: build the PWA and the server if the build is missing or older than the sources,
// then run the server in this same process (one Node process serves the app and the API).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'build', '.built-at');
const outputs = ['dist/index.html', 'dist/sw.js', 'build/server/main.js'];
const sources = ['src', 'server', 'service-worker', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

function buildIsCurrent() {
  if (!outputs.every((file) => existsSync(path.join(root, file))) || !existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  return sources.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

if (!buildIsCurrent()) {
  console.log('Building the app (first start, or the sources changed)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; the server was not started.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

await import(pathToFileURL(path.join(root, 'build/server/main.js')).href);
