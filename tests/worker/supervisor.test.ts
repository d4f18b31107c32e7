// The start path's supervisor with stand-in processes: a worker that dies is started again, stop()
// ends both children, a dead web server ends the whole, and RAQMI_SCHEDULER=off means no worker.
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startSupervisor, type Supervisor } from '../../scripts/supervisor';

const node = (code: string) => ({ command: process.execPath, args: ['-e', code] });
const FOREVER = node('setInterval(() => {}, 1e9)');
const alive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};
const waitFor = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let running: Supervisor | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('startSupervisor', () => {
  it('restarts a worker that crashes, in a new process', async () => {
    const lines: string[] = [];
    running = startSupervisor({
      web: FOREVER,
      worker: node('setTimeout(() => process.exit(3), 100)'),
      log: (l) => lines.push(l),
      restartDelayMs: () => 50,
    });
    const first = running.pids().worker;
    await waitFor(() => lines.filter((l) => l.includes('worker pid')).length >= 3);
    expect(lines.some((l) => /worker exited \(code 3\); restarting/.test(l))).toBe(true);
    expect(running.pids().worker).not.toBe(first);
    expect(alive(running.pids().web)).toBe(true);
  });

  it('runs the worker at a lower CPU priority than the web server', async () => {
    running = startSupervisor({ web: FOREVER, worker: FOREVER, log: () => {} });
    const { web, worker } = running.pids();
    expect(getPriority(worker!)).toBeGreaterThan(getPriority(web!));
  });

  it('stops the web server and the worker on stop(), and ends with 0', async () => {
    running = startSupervisor({ web: FOREVER, worker: FOREVER, log: () => {} });
    const { web, worker } = running.pids();
    await waitFor(() => alive(web) && alive(worker));
    expect(await running.stop()).toBe(0);
    expect([alive(web), alive(worker)]).toEqual([false, false]);
  });

  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    running = startSupervisor({
      web: FOREVER,
      worker: node("process.on('SIGTERM', () => {}); setInterval(() => {}, 1e9)"),
      log: () => {},
      stopGraceMs: 300,
    });
    const { worker } = running.pids();
    await new Promise((r) => setTimeout(r, 300));
    await running.stop();
    expect(alive(worker)).toBe(false);
  });

  it('stops the worker and ends with the web server’s code when the web server dies', async () => {
    running = startSupervisor({ web: node('setTimeout(() => process.exit(7), 200)'), worker: FOREVER, log: () => {} });
    const { worker } = running.pids();
    expect(await running.done).toBe(7);
    expect(alive(worker)).toBe(false);
  });

  // The reason there is none is the caller's to say: a read-only database was logged as both
  // "read-only: no worker" and "RAQMI_SCHEDULER=off: no worker", though nobody had set that.
  it('starts no worker when there is none to start, and does not guess why', async () => {
    const lines: string[] = [];
    running = startSupervisor({ web: FOREVER, log: (l) => lines.push(l) });
    expect(running.pids().worker).toBeUndefined();
    expect(lines.filter((l) => l.includes('no worker'))).toEqual([]);
  });
});
