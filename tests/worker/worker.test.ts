// The worker as its own process (worker/main.ts): it honours RAQMI_REPLAY and RAQMI_NOW (the
// scheduler used to ignore both and fetch live), stops cleanly on SIGTERM, and a bad RAQMI_NOW
// stops `npm start` before anything runs.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';

const ROOT = resolve(__dirname, '../..');
const NOW = '2026-11-20T09:00:00.000Z';
const t = tempDb();
afterAll(() => t.cleanup());

describe('the worker process', () => {
  it('scrapes an empty database from the replay folder at the pinned time, then stops on SIGTERM', { timeout: 120_000 }, async () => {
    const replay = writeRecordings([
      { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(Array.from({ length: 30 }, (_, i) => remotiveJob(i))) },
    ]);
    const child = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, RAQMI_DB: t.file, RAQMI_REPLAY: replay, RAQMI_NOW: NOW, RAQMI_SCHEDULER: 'on' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const remotiveRun = () =>
      t.db.$client
        .prepare("SELECT status, replay, started_at AS startedAt FROM scrape_runs WHERE source_key = 'remotive' AND status != 'running'")
        .get() as { status: string; replay: number; startedAt: number } | undefined;
    const deadline = Date.now() + 100_000;
    while (!remotiveRun() && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
    expect(remotiveRun(), out).toEqual({ status: 'ok', replay: 1, startedAt: Date.parse(NOW) });
    expect(t.db.$client.prepare("SELECT count(*) AS n FROM postings WHERE source = 'remotive'").get()).toEqual({ n: 30 });

    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toMatch(/\[worker\] SIGTERM: stopping/);
  });

  it.each([['scripts/start.ts'], ['worker/main.ts']])('%s refuses a RAQMI_NOW that is not a date, naming it', (entry) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: ROOT,
      env: { ...process.env, RAQMI_DB: t.file, RAQMI_NOW: 'yesterday' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/RAQMI_NOW: must be an ISO date-time/);
    expect(run.stdout).not.toMatch(/\[start\] web pid|\[worker\] pid/);
  });
});
