/**
 * After `vite build`: writes a brotli (.br) and a gzip (.gz) copy beside every hashed text asset
 * (dist/assets/) worth compressing, at the strongest settings (made once per build). Only hashed
 * files: their name changes with their content, so a copy can never be stale. The shell, the
 * service worker and the manifest are edited in place by a release (and by the update test), so
 * they go out as they are.
 * The server sends the copy the browser accepts (@fastify/static `preCompressed`); a tablet on
 * weak Wi-Fi downloads about a quarter of the bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ASSETS = path.join(path.resolve(process.argv[2] ?? 'dist'), 'assets');
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
// Below this a compressed copy saves less than its own headers.
const SMALLEST = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

let raw = 0;
let brotli = 0;
let count = 0;
for (const file of files(ASSETS)) {
  if (!TEXT.test(file) || statSync(file).size < SMALLEST) continue;
  const body = readFileSync(file);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  raw += body.length;
  brotli += br.length;
  count += 1;
}
console.log(`precompressed ${count} files: ${(raw / 1000).toFixed(0)} KB → ${(brotli / 1000).toFixed(0)} KB brotli`);
