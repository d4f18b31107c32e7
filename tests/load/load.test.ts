// Load: autocannon with 50 connections for 30 s on the listings and on /feed.xml at once, while
// a replayed scrape keeps writing to the same database. Zero errors, zero 5xx, no "database is
// locked"; latency percentiles are printed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hammer } from '../../bench/http';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { seededServers, type RunningServer, type SeededServers } from '../helpers/server';

const ROOT = resolve(__dirname, '../..');
const SECONDS = 30;
let server: RunningServer;
let started: SeededServers;
let file: string;
let serverLog = '';

beforeAll(async () => {
  started = await seededServers({});
  server = started.servers[0]!;
  file = started.file;
  server.process.stdout?.on('data', (c: Buffer) => {
    serverLog += c.toString();
  });
  server.process.stderr?.on('data', (c: Buffer) => {
    serverLog += c.toString();
  });
});
afterAll(async () => {
  await started?.stop();
});

describe('under load while a scrape writes', () => {
  it('serves the listings and the feed with no errors', async () => {
    // Two versions of a 2,000-posting board, so every run rewrites postings and the index.
    const jobs = (title: string) => Array.from({ length: 2000 }, (_, i) => remotiveJob(10_000 + i, `${title} ${i % 7}`));
    const a = writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(jobs('SEO Specialist')) }]);
    const b = writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(jobs('Content Marketing Manager')) }]);
    const writer = spawn(process.execPath, ['--import', 'tsx', 'scripts/scrape-loop.ts', '--seconds', String(SECONDS), a, b], {
      cwd: ROOT,
      env: { ...process.env, RAQMI_DB: file },
    });
    let writerLog = '';
    writer.stdout.on('data', (c: Buffer) => {
      writerLog += c.toString();
    });
    writer.stderr.on('data', (c: Buffer) => {
      writerLog += c.toString();
    });
    const writerDone = new Promise<number | null>((done) => writer.on('exit', done));

    const [listing, feed] = await Promise.all([
      hammer(`${server.url}/?workplace=remote`, { connections: 50, duration: SECONDS }),
      hammer(`${server.url}/feed.xml`, { connections: 50, duration: SECONDS }),
    ]);
    const writerCode = await writerDone;
    console.log(`listing: p50 ${listing.p50} ms, p97.5 ${listing.p97_5} ms, p99 ${listing.p99} ms, ${Math.round(listing.rps)} req/s`);
    console.log(`feed.xml: p50 ${feed.p50} ms, p97.5 ${feed.p97_5} ms, p99 ${feed.p99} ms, ${Math.round(feed.rps)} req/s`);
    console.log(
      `errors: listing ${listing.errors} (${listing.timeouts} timeouts, ${listing.non2xx} non-2xx), feed ${feed.errors} (${feed.timeouts} timeouts, ${feed.non2xx} non-2xx)`,
    );
    console.log(`writer: ${writerLog.trim().split('\n').length} runs; last: ${writerLog.trim().split('\n').pop()}`);

    expect(writerCode).toBe(0);
    expect(writerLog).toMatch(/run \d+: ok/);
    expect(writerLog).not.toMatch(/failed/);
    for (const r of [listing, feed]) {
      expect(r.errors).toBe(0);
      expect(r.timeouts).toBe(0);
      expect(r.non2xx).toBe(0);
      expect(r.rps).toBeGreaterThan(0);
    }
    expect(`${serverLog}${writerLog}`).not.toMatch(/database is locked|SQLITE_BUSY/i);
  });
});
