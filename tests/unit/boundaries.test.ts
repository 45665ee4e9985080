import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The per-runtime tsconfigs are what keep DOM out of src/core, Node out of the browser code and
 * browser code out of the server. These tests compile small probe files under each project's
 * real compiler options (plus its real file list) and expect the crossing to be a type error.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

function diagnosticsFor(project: string, probe: { fileName: string; text: string }): string[] {
  const configPath = path.join(ROOT, project);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true, incremental: false },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`Cannot read ${project}`);
  const probePath = path.join(ROOT, probe.fileName);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (path.resolve(file) === probePath ? probe.text : readFile(file));
  host.fileExists = (file) => path.resolve(file) === probePath || fileExists(file);
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, probePath],
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || path.resolve(d.file.fileName) === probePath)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

// Each test type-checks a whole program: on a busy 2-core machine one can take over 20 s.
describe('runtime boundaries enforced by the type check', { timeout: 120_000 }, () => {
  it('src/core cannot use the DOM', () => {
    const errors = diagnosticsFor('tsconfig.core.json', {
      fileName: 'src/core/__probe__.ts',
      text: 'export const title = document.title;\n',
    });
    expect(errors.join('\n')).toMatch(/TS2584|Cannot find name 'document'/);
  });

  it('src/core cannot import Node built-ins', () => {
    const errors = diagnosticsFor('tsconfig.core.json', {
      fileName: 'src/core/__probe__.ts',
      text: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    });
    expect(errors.join('\n')).toMatch(/Cannot find module 'node:fs'/);
  });

  it('browser code in src/ cannot import Node built-ins', () => {
    const errors = diagnosticsFor('tsconfig.app.json', {
      fileName: 'src/kiosk/__probe__.ts',
      text: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    });
    expect(errors.join('\n')).toMatch(/Cannot find module 'node:fs'/);
  });

  it('the server cannot import browser code, even code that needs no DOM', () => {
    const errors = diagnosticsFor('tsconfig.server.json', {
      fileName: 'server/__probe__.ts',
      text: "import { shouldKioskApplyUpdate } from '../src/pwa/update-policy.js';\nexport const rule = shouldKioskApplyUpdate;\n",
    });
    expect(errors.join('\n')).toMatch(/TS6307|not listed within the file list/);
  });

  it('each probe compiles when it stays inside its boundary (the checks are not vacuous)', () => {
    expect(
      diagnosticsFor('tsconfig.core.json', {
        fileName: 'src/core/__probe__.ts',
        text: 'export const n: number = 1;\n',
      }),
    ).toEqual([]);
    expect(
      diagnosticsFor('tsconfig.app.json', {
        fileName: 'src/kiosk/__probe__.ts',
        text: 'export const title = document.title;\n',
      }),
    ).toEqual([]);
    expect(
      diagnosticsFor('tsconfig.server.json', {
        fileName: 'server/__probe__.ts',
        text: "import { CENTER } from '../src/core/center.js';\nimport { readFileSync } from 'node:fs';\nexport const x = [CENTER, readFileSync];\n",
      }),
    ).toEqual([]);
  });
});
