/**
 * The kiosk's welcome screen loads only what it shows (issue 19): walking the static imports from
 * the browser entry and the kiosk's chunk, as the bundler does (type-only imports are erased;
 * `import()` makes a chunk of its own), none of the op store, sync client, op schemas, Zod, the
 * card hashing or the check-in steps may be reached. They load after the first paint or on the first tap.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The modules a file imports for their values (relative ones as repository paths, packages by name). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier;
    const resolved = path.posix.join(path.posix.dirname(file), specifier);
    if (/\.(css|json)$/.test(resolved)) return resolved;
    const base = resolved.replace(/\.js$/, '');
    const candidate = [`${base}.ts`, `${base}.tsx`].find((name) => existsSync(path.join(root, name)));
    if (!candidate) throw new Error(`${file}: cannot resolve ${specifier}`);
    return candidate;
  });
}

/** Every module reached from `entries` through static imports. */
function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.tsx?$/.test(file)) queue.push(...staticImports(file));
  }
  return seen;
}

const NOT_BEFORE_WELCOME = [
  'zod',
  '@noble/hashes/sha2.js',
  'src/core/schema.ts',
  'src/core/ops/op.ts',
  'src/store/op-store.ts',
  'src/store/device-identity.ts',
  'src/sync/app-sync.ts',
  'src/sync/sync-client.ts',
  'src/sync/device.ts',
  'src/kiosk/check-in.ts',
  'src/kiosk/KioskSteps.tsx',
  'src/kiosk/PairingScreen.tsx',
];

describe('what the kiosk loads before its welcome screen', () => {
  const welcome = reachable(['src/main.tsx', 'src/App.tsx', 'src/kiosk/KioskApp.tsx']);

  it('walks the real graph', () => {
    for (const module of ['src/kiosk/Welcome.tsx', 'src/connected/SyncStatus.tsx', 'src/sync/status.ts', 'preact']) {
      expect(welcome).toContain(module);
    }
  });

  it.each(NOT_BEFORE_WELCOME)('does not reach %s', (module) => {
    expect(welcome).not.toContain(module);
  });

  it('leaves the steps after welcome their check-in code, sync and schemas', () => {
    const steps = reachable(['src/kiosk/KioskSteps.tsx']);
    for (const module of ['src/kiosk/check-in.ts', 'src/sync/app-sync.ts', 'zod', '@noble/hashes/sha2.js']) {
      expect(steps).toContain(module);
    }
  });
});
