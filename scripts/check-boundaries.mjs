// Proves the tsconfig projects keep the runtimes and screen areas apart: compiles each probe in
// scripts/boundary-probes.mjs under its project's real options and references, in memory, and
// fails unless every crossing is refused with the expected error and every insider compiles.
import path from 'node:path';
import ts from 'typescript';
import { crossings, insiders } from './boundary-probes.mjs';

const root = path.resolve(import.meta.dirname, '..');
const parseHost = {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
};
// Parsed once and shared by every probe: lib.dom.d.ts and the app's sources dominate the time.
const sourceFiles = new Map();

function readProject(project) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, project),
    { noEmit: true, incremental: false },
    parseHost,
  );
  if (!parsed) throw new Error(`Cannot read ${project}`);
  return parsed;
}

/** The errors a probe file gets under `project`: its own, and the program's that point at it. */
function diagnosticsFor({ project, file, text }) {
  const parsed = readProject(project);
  const probePath = path.join(root, file);
  const host = ts.createCompilerHost(parsed.options);
  const { readFile, fileExists, getSourceFile } = host;
  host.readFile = (name) => (path.resolve(name) === probePath ? text : readFile.call(host, name));
  host.fileExists = (name) => path.resolve(name) === probePath || fileExists.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    if (path.resolve(name) === probePath) return ts.createSourceFile(name, text, language, true);
    const key = `${name}|${JSON.stringify(language)}`;
    if (!sourceFiles.has(key)) sourceFiles.set(key, getSourceFile.call(host, name, language, ...rest));
    return sourceFiles.get(key);
  };
  // Referenced projects are read from their sources, as an editor does: no build/ needed.
  host.useSourceOfProjectReferenceRedirect = () => true;
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, probePath],
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host,
  });
  const probe = program.getSourceFile(probePath);
  const atProbe = (d) => d.file === undefined || d.file === probe;
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(probe),
    ...program.getSemanticDiagnostics(probe),
  ]
    .filter(atProbe)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const failures = [];
for (const probe of crossings) {
  const errors = diagnosticsFor(probe).join('\n');
  if (probe.error.test(errors)) console.log(`  refused   ${probe.name}`);
  else failures.push(`${probe.name}: expected ${probe.error}, got ${errors || 'no error'}`);
}
for (const probe of insiders) {
  const errors = diagnosticsFor(probe);
  if (errors.length === 0) console.log(`  compiles  ${probe.name}`);
  else failures.push(`${probe.name}: expected no error, got\n    ${errors.join('\n    ')}`);
}

if (failures.length > 0) {
  console.error(`\n${failures.length} boundary check(s) failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`${crossings.length} crossings refused, ${insiders.length} insiders compile.`);
