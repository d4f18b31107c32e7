// A scrape killed with SIGKILL while its postings transaction is open leaves the database
// consistent: integrity ok, postings exactly as before, the dead run marked failed at the next
// start, and the next scrape completes normally.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { scrapeTargets } from '../../scrapers/scrape';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { TX_OPEN_MARKER } from '../helpers/scrape-and-hold';

const ROOT = resolve(__dirname, '../..');

function runUntilTransactionOpens(file: string, replayDir: string, now: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/scrape-and-hold.ts', file, replayDir, now], { cwd: ROOT });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the transaction never opened: ${out}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(TX_OPEN_MARKER)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && out.includes(TX_OPEN_MARKER)) done();
      else fail(new Error(`child ended without being killed mid-transaction: ${out}`));
    });
  });
}

describe('a scrape killed mid-transaction', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());

  // Two scrapes of 2,000 postings and a child process: speed is the bench's to measure, not this
  // test's (a loaded machine took over 30 s once job grouping joined the write path).
  it('leaves the database as it was, and the next start recovers', { timeout: 120_000 }, async () => {
    const NOW = '2026-11-20T09:00:00Z';
    const before = writeRecordings([
      { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(Array.from({ length: 50 }, (_, i) => remotiveJob(i))) },
    ]);
    const first = await scrapeTargets([{ key: 'remotive', source: 'remotive' }], { db: t.db, replayDir: before, now: NOW });
    expect(first[0]!.status).toBe('ok');
    const snapshot = t.db.$client.prepare('SELECT * FROM postings ORDER BY id').all();
    t.db.$client.close();

    // A larger scrape that changes every posting and adds 2,000, killed inside its transaction.
    const bigger = writeRecordings([
      {
        url: 'https://remotive.com/api/remote-jobs',
        body: remotiveBody(Array.from({ length: 2050 }, (_, i) => remotiveJob(i, 'SEO Manager'))),
      },
    ]);
    await runUntilTransactionOpens(t.file, bigger, NOW);

    const db = createDb(t.file);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.prepare('SELECT * FROM postings ORDER BY id').all()).toEqual(snapshot);
    expect(db.$client.prepare("SELECT count(*) AS n FROM scrape_runs WHERE status = 'running'").get()).toEqual({ n: 1 });

    // The next start, after the dead process's lease has expired, fails its run and scrapes.
    const later = new Date(Date.parse(NOW) + 20 * 60_000).toISOString();
    const next = await scrapeTargets([{ key: 'remotive', source: 'remotive' }], { db, replayDir: bigger, now: later });
    const runs = db.$client.prepare('SELECT status, error FROM scrape_runs ORDER BY id').all() as {
      status: string;
      error: string | null;
    }[];
    expect(runs.map((r) => r.status)).toEqual(['ok', 'failed', 'ok']);
    expect(runs[1]!.error).toBe('stopped');
    expect(next[0]).toMatchObject({ status: 'ok', inserted: 2000, updated: 50 });
    db.$client.close();
  });
});
