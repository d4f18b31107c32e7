// `npm start`'s real path (scripts/start.ts, after the build): the web server and the worker run as
// two processes; the worker scrapes the replayed board while the site serves it; a killed worker
// comes back; SIGTERM stops everything; RAQMI_SCHEDULER=off starts no worker.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort } from '../../scripts/server-harness';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';

const ROOT = resolve(__dirname, '../..');
const NOW = '2026-11-20T09:00:00.000Z';

type Started = { child: ChildProcess; url: string; output: () => string };

/** `via` 'npm' runs `npm start` itself, as a user or a process manager does; 'demo' `npm run demo`. */
async function start(env: Record<string, string>, via: 'node' | 'npm' | 'demo' = 'node'): Promise<Started> {
  const port = await freePort();
  const [command, args] =
    via === 'npm'
      ? ['npm', ['start']]
      : via === 'demo'
        ? ['npm', ['run', 'demo']]
        : [process.execPath, ['--import', 'tsx', 'scripts/start.ts']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: String(port), ...env },
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => (await fetch(`${url}/sources`).catch(() => undefined))?.status === 200,
    90_000,
    () => out,
  );
  return { child, url, output: () => out };
}

async function until(check: () => boolean | Promise<boolean>, ms: number, why: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out:\n${why()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const pidsOf = (out: string, name: 'web' | 'worker') =>
  [...out.matchAll(new RegExp(`\\[start\\] ${name} pid (\\d+)`, 'g'))].map((m) => Number(m[1]));
const alive = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};
const stopped = (child: ChildProcess) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

/** SIGTERM to the process we started (npm), then every one of `pids` must be gone within 30 s. */
async function sigtermStopsAll(s: Started, pids: number[]): Promise<void> {
  s.child.kill('SIGTERM');
  await until(
    () => pids.every((pid) => !alive(pid)),
    30_000,
    () => `still running: ${pids.filter(alive).join(', ')}\n${s.output()}`,
  );
}

beforeAll(() => ensureBuilt(), 600_000);

describe('npm start', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());

  it(
    'serves the site while a separate worker scrapes the replay, restarts a killed worker and stops on SIGTERM',
    { timeout: 300_000 },
    async () => {
      // Forty different employers: the same posting forty times would be one job group (issue 12).
      const replay = writeRecordings([
        {
          url: 'https://remotive.com/api/remote-jobs',
          body: remotiveBody(Array.from({ length: 40 }, (_, i) => remotiveJob(i, undefined, { company_name: `Company ${i}` }))),
        },
      ]);
      t.db.$client.close();
      const s = await start({ RAQMI_DB: t.file, RAQMI_REPLAY: replay, RAQMI_NOW: NOW });
      const total = async () => ((await (await fetch(`${s.url}/api/postings?source=remotive`)).json()) as { total: number }).total;
      await until(async () => (await total()) === 40, 120_000, s.output);

      const [web] = pidsOf(s.output(), 'web');
      const [worker] = pidsOf(s.output(), 'worker');
      expect(new Set([web, worker, s.child.pid]).size).toBe(3);

      process.kill(worker!, 'SIGKILL');
      await until(() => pidsOf(s.output(), 'worker').length === 2, 30_000, s.output);
      const restarted = pidsOf(s.output(), 'worker')[1]!;
      expect(alive(restarted)).toBe(true);
      expect(s.output()).toMatch(/worker exited \(SIGKILL\); restarting/);

      s.child.kill('SIGTERM');
      expect(await stopped(s.child)).toBe(0);
      expect([alive(web!), alive(restarted)]).toEqual([false, false]);
    },
  );

  // A process manager (docker stop, systemd) sends SIGTERM to the process it started: npm. npm
  // passes it to the shell running the script, not further, and the site went on serving.
  it('stops the web server and the worker when SIGTERM reaches npm alone', { timeout: 240_000 }, async () => {
    const db = tempDb();
    db.db.$client.close();
    const replay = writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) }]);
    const s = await start({ RAQMI_DB: db.file, RAQMI_REPLAY: replay, RAQMI_NOW: NOW }, 'npm');
    await until(() => pidsOf(s.output(), 'worker').length === 1, 60_000, s.output);
    const pids = [...pidsOf(s.output(), 'web'), ...pidsOf(s.output(), 'worker')];
    try {
      await sigtermStopsAll(s, pids);
      expect(
        await fetch(`${s.url}/sources`).then(
          () => 'served',
          () => 'refused',
        ),
      ).toBe('refused');
    } finally {
      for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
      db.cleanup();
    }
  });

  // Adversary's report: `kill -9` of the supervisor left the web server and the worker running as
  // orphans, holding the port and the database; the next `npm start` found the port taken.
  it('stops the web server and the worker when the supervisor is killed outright', { timeout: 240_000 }, async () => {
    const db = tempDb();
    db.db.$client.close();
    const replay = writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) }]);
    const s = await start({ RAQMI_DB: db.file, RAQMI_REPLAY: replay, RAQMI_NOW: NOW });
    await until(() => pidsOf(s.output(), 'worker').length === 1, 60_000, s.output);
    const pids = [...pidsOf(s.output(), 'web'), ...pidsOf(s.output(), 'worker')];
    expect(pids).toHaveLength(2);
    try {
      s.child.kill('SIGKILL');
      await until(
        () => pids.every((pid) => !alive(pid)),
        30_000,
        () => `still running: ${pids.filter(alive).join(', ')}\n${s.output()}`,
      );
    } finally {
      for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
      db.cleanup();
    }
  });

  it('stops the demo site when SIGTERM reaches npm run demo alone', { timeout: 240_000 }, async () => {
    const db = tempDb();
    db.db.$client.close();
    const s = await start({ RAQMI_DEMO_DB: db.file }, 'demo');
    const pids = pidsOf(s.output(), 'web');
    expect(pids).toHaveLength(1);
    try {
      await sigtermStopsAll(s, pids);
    } finally {
      for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
      db.cleanup();
    }
  });

  it('starts no worker with RAQMI_SCHEDULER=off', { timeout: 180_000 }, async () => {
    const empty = tempDb();
    empty.db.$client.close();
    const s = await start({ RAQMI_DB: empty.file, RAQMI_SCHEDULER: 'off' });
    expect(s.output()).toMatch(/RAQMI_SCHEDULER=off: no worker/);
    expect(pidsOf(s.output(), 'worker')).toEqual([]);
    s.child.kill('SIGINT');
    expect(await stopped(s.child)).toBe(0);
    empty.cleanup();
  });
});
