/**
 * Runs the compiled server (build/server/main.js) as its own process, the way `npm start` does,
 * on a free port (PORT=0) with a temporary DATA_DIR, and stops it with SIGTERM (or kills it with
 * SIGKILL, or freezes it with SIGSTOP and lets it carry on with SIGCONT).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_ENTRY = path.join(PROJECT_ROOT, 'build/server/main.js');

const COMPILE_LOCK = path.join(PROJECT_ROOT, 'build/.compile-server.lock');
/** A lock older than this was left by a run that died while compiling. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Compiles the server as `npm start` runs it (`tsc -b`, incremental: quick when nothing changed).
 * Test files in parallel workers (both vitest projects) call this: two `tsc -b` writing build/ at
 * once can leave a half-written file, so they take turns behind a lock (mkdir is atomic).
 */
export async function compileServer(): Promise<void> {
  mkdirSync(path.dirname(COMPILE_LOCK), { recursive: true });
  await takeLock(COMPILE_LOCK);
  try {
    await promisify(execFile)(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.server.json'],
      { cwd: PROJECT_ROOT },
    );
  } finally {
    rmSync(COMPILE_LOCK, { recursive: true, force: true });
  }
}

async function takeLock(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (lockAge(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0; // released meanwhile
  }
}

export interface ServerProcess {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
  /** SIGKILL, as close to pulling the plug as a test gets: no shutdown code runs. Keeps the data. */
  crash(): Promise<void>;
  /** SIGSTOP: the process freezes mid-whatever (a VM paused, a laptop lid closed); connections stay open. */
  pause(): void;
  /** SIGCONT: it carries on where it froze. */
  resume(): void;
}

export interface ServerProcessOptions {
  readonly env?: Record<string, string>;
  /** A data folder the caller owns (to restart over the same database); otherwise a temporary one, removed on stop. */
  readonly dataDir?: string;
  /** Run the process as this user (see unprivilegedUser); the data folder must be theirs. */
  readonly runAs?: RunAs | undefined;
}

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'dropin-proc-'));
  const { child, output, exited } = spawnServer({ DATA_DIR: dataDir, ...options.env }, options.runAs);

  const baseUrl = await waitForUrl(child, output, exited);
  return {
    baseUrl,
    dataDir,
    output,
    async stop() {
      // A frozen process would hold SIGTERM until it runs again.
      if (child.exitCode === null) child.kill('SIGCONT');
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
    async crash() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    pause() {
      if (child.exitCode === null) child.kill('SIGSTOP');
    },
    resume() {
      if (child.exitCode === null) child.kill('SIGCONT');
    },
  };
}

/** A user to run the server as: `uid` and `gid` for Node's spawn. */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Who to run a server as so that file permissions hold: root ignores them, so a test running as
 * root gets `nobody` (65534), anyone else runs it as themselves (undefined).
 */
export function unprivilegedUser(): RunAs | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** Runs the server expecting it to fail at start; resolves with its exit code and output. */
export async function runServerExpectingFailure(
  env: Record<string, string>,
  runAs?: RunAs,
): Promise<{ code: number | null; output: string }> {
  const { output, exited } = spawnServer(env, runAs);
  return { code: await exited, output: output() };
}

/** Spawns the compiled server on a free port, collecting everything it prints. */
function spawnServer(
  env: Record<string, string>,
  runAs?: RunAs,
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(runAs ?? {}),
  });
  let printed = '';
  const collect = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => printed, exited };
}

async function waitForUrl(child: ChildProcess, output: () => string, exited: Promise<number | null>): Promise<string> {
  const found = new Promise<string>((resolve) => {
    const check = () => {
      const match = /Kiosk:\s+(\S+)\/kiosk/.exec(output());
      if (match?.[1]) {
        child.stdout?.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    check();
  });
  const failed = exited.then((code) => {
    throw new Error(`The server exited (code ${code}) before it was ready:\n${output()}`);
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`The server did not start within 20 s:\n${output()}`)), 20_000).unref(),
  );
  return Promise.race([found, failed, timeout]);
}
