// The start path's supervisor: the web server and the worker as two child processes. A worker that
// dies is restarted (1 s, 2 s, 4 s … at most 30 s apart; the delay resets once it has run a
// minute) and runs at a lower CPU priority than the web server; the web server dying ends
// everything with its exit code; stop() sends SIGTERM to both, SIGKILL after a grace period, and
// resolves when both are gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { SUPERVISED } from '../lib/launcher';

export type Command = { command: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string };

export type SupervisorOptions = {
  web: Command;
  /** Absent when no worker is to run (RAQMI_SCHEDULER=off, a read-only database). */
  worker?: Command;
  log?: (line: string) => void;
  restartDelayMs?: (attempt: number) => number;
  stopGraceMs?: number;
};

export type Supervisor = {
  /** Resolves with the exit code `npm start` should end with. */
  done: Promise<number>;
  stop: () => Promise<number>;
  pids: () => { web?: number; worker?: number };
};

const STABLE_AFTER_MS = 60_000;
const WORKER_NICENESS = 10;
const backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

function launch(c: Command): ChildProcess {
  // Named as supervised: each child stops if this process dies without stopping it (launcher.ts).
  return spawn(c.command, c.args, { cwd: c.cwd, env: { ...(c.env ?? process.env), [SUPERVISED]: String(process.pid) }, stdio: 'inherit' });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

async function terminate(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

export function startSupervisor(options: SupervisorOptions): Supervisor {
  const log = options.log ?? ((line: string) => console.log(line));
  const delay = options.restartDelayMs ?? backoff;
  const graceMs = options.stopGraceMs ?? 10_000;
  let stopping = false;
  let attempt = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let worker: ChildProcess | undefined;
  let finish: (code: number) => void = () => {};
  const done = new Promise<number>((r) => (finish = r));

  const startWorker = (w: Command) => {
    const startedAt = Date.now();
    worker = launch(w);
    log(`[start] worker pid ${worker.pid}`);
    // Pages first: when the two compete for a CPU, the scheduler favours the web server. A scrape
    // only takes longer; raising a niceness needs no privilege, and a platform without it is fine.
    try {
      if (worker.pid) setPriority(worker.pid, WORKER_NICENESS);
    } catch {
      // not supported here: the worker runs at normal priority
    }
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) attempt = 0;
      const wait = delay(attempt++);
      log(`[start] worker exited (${signal ?? `code ${code}`}); restarting in ${wait} ms`);
      restartTimer = setTimeout(() => startWorker(w), wait);
    });
  };

  const stop = async (code = 0): Promise<number> => {
    if (!stopping) {
      stopping = true;
      clearTimeout(restartTimer);
      await Promise.all([terminate(web, graceMs), terminate(worker, graceMs)]);
      finish(code);
    }
    return done;
  };

  const web = launch(options.web);
  log(`[start] web pid ${web.pid}`);
  web.once('exit', (code, signal) => {
    if (stopping) return;
    log(`[start] web server exited (${signal ?? `code ${code}`}); stopping`);
    void stop(code ?? 1);
  });
  // Without one, the caller has said why (RAQMI_SCHEDULER=off, a read-only database).
  if (options.worker) startWorker(options.worker);

  return { done, stop: () => stop(0), pids: () => ({ web: web.pid, worker: worker?.pid }) };
}
