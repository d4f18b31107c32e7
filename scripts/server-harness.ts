// A production server (scripts/serve.ts) for end-to-end tests and the benchmark: built once
// (scripts/ensure-build.ts), started on a free port with its own database, stopped after.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds once even when several test files ask at the same time (a lock folder serialises them). */
export function ensureBuilt(): void {
  const lock = resolve(ROOT, 'data/.build-lock');
  mkdirSync(resolve(ROOT, 'data'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another build');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-build.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RAQMI_DB: resolve(ROOT, 'data/build-check.db') },
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export type RunningServer = { url: string; stop: () => Promise<void>; process: ChildProcess };

/** `as` runs the server as another user (a root test making a file read-only for it); `readyStatus`
 *  is what /sources answers once the server listens (200 unless the test expects otherwise). */
export async function startServer(
  dbFile: string,
  extraEnv: Record<string, string> = {},
  options: { as?: { uid: number; gid: number }; readyStatus?: number } = {},
): Promise<RunningServer> {
  const port = await freePort();
  // The same server as `npm start` (scripts/serve.ts), without the prestart build and migration.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, RAQMI_DB: dbFile, RAQMI_SCHEDULER: 'off', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.as ?? {}),
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/sources`);
      if (res.status === (options.readyStatus ?? 200)) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      // Not left running behind a failed test.
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
