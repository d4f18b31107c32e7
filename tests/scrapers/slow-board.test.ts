// Issue 9, item 2: a board that drips its body cannot hold a source. One deadline covers the
// whole request, a run has a wall-clock budget, the lease is renewed while the run lives, and a
// run that lost its lease writes nothing. A real loopback server drips one byte a second.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLease } from '../../db/queries/runs';
import { SOURCE_META } from '../../lib/sources';
import { createHttp } from '../../scrapers/http';
import { runSource, type RunDeps } from '../../scrapers/run';
import { parseRemotive } from '../../scrapers/sources/remotive/parse';
import type { SourceAdapter } from '../../scrapers/types';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob } from '../helpers/fake-board';
import { startLoopbackBoard, type LoopbackBoard } from '../helpers/loopback-board';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const target = { key: 'remotive', source: 'remotive' } as const;

/** Sends the headers at once, then `body` one byte every `everyMs` (forever when `body` is long). */
function drip(body: string, everyMs: number) {
  return (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(body.slice(i, i + 1));
      if (++i >= body.length) {
        clearInterval(timer);
        res.end();
      }
    }, everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

async function setup(handler: (res: ServerResponse) => void, options: { timeoutMs: number; budgetMs?: number; leaseMs?: number }) {
  const board: LoopbackBoard = await startLoopbackBoard((req, res) => (req.url === '/jobs' ? handler(res) : res.writeHead(404).end()));
  cleanups.push(board.close);
  const t = tempDb();
  cleanups.push(t.cleanup);
  const now = () => Date.now();
  const http = createHttp({
    fetch: board.fetch,
    resolve: board.resolverFor({ 'board.test': '198.51.100.7' }),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now,
    userAgent: 'RaqmiTest/1',
    pacingMs: 0,
    backoffMs: 0,
    retries: 0,
    timeoutMs: options.timeoutMs,
  });
  const deps: RunDeps = {
    db: t.db,
    http,
    now,
    replay: true,
    closeAfterMs: 14 * 86_400_000,
    owner: 'me',
    budgetMs: options.budgetMs,
    leaseMs: options.leaseMs,
  };
  const adapter: SourceAdapter = {
    ...SOURCE_META.remotive,
    hosts: ['board.test'],
    urls: () => [board.url('board.test', '/jobs')],
    parse: (body, { url }) => parseRemotive(body, url),
  };
  const postings = () => (t.db.$client.prepare('SELECT count(*) AS n FROM postings').get() as { n: number }).n;
  return { t, deps, adapter, postings };
}

describe('a board that drips its body', () => {
  it('gives up at the request deadline, which covers the body, not only the headers', async () => {
    const s = await setup(drip('x'.repeat(10_000), 1000), { timeoutMs: 1500 });
    const started = Date.now();
    const result = await runSource(s.adapter, target, s.deps);
    expect(result).toMatchObject({ status: 'failed', error: 'timed out' });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 15_000);

  it('stops a run at its wall-clock budget even when each request may take longer', async () => {
    const s = await setup(drip('x'.repeat(10_000), 1000), { timeoutMs: 60_000, budgetMs: 1500 });
    const started = Date.now();
    const result = await runSource(s.adapter, target, s.deps);
    expect(result).toMatchObject({ status: 'failed', error: 'run took longer than its time budget' });
    expect(Date.now() - started).toBeLessThan(5000);
    // The lease is given back: the next run is not blocked.
    expect(acquireLease(s.deps.db, 'remotive', 'next', Date.now(), 60_000)).toBe(true);
  }, 15_000);

  it('renews its lease while it runs, so no other process can take the source', async () => {
    const body = remotiveBody([remotiveJob(1)]);
    // About 2.5 s of dripping against a 600 ms lease.
    const s = await setup(drip(body, Math.ceil(2500 / body.length)), { timeoutMs: 10_000, leaseMs: 600 });
    const running = runSource(s.adapter, target, s.deps);
    await new Promise((r) => setTimeout(r, 1500));
    expect(acquireLease(s.deps.db, 'remotive', 'other', Date.now(), 60_000)).toBe(false);
    expect(await running).toMatchObject({ status: 'ok', inserted: 1 });
  }, 15_000);

  it('writes nothing when another process took its lease while it was fetching', async () => {
    const body = remotiveBody([remotiveJob(1)]);
    const s = await setup(drip(body, Math.ceil(1500 / body.length)), { timeoutMs: 10_000 });
    const running = runSource(s.adapter, target, s.deps);
    await new Promise((r) => setTimeout(r, 300));
    // As if our lease had expired and another process had taken the source.
    s.t.db.$client
      .prepare("UPDATE sources SET lease_owner = 'other', lease_expires_at = ? WHERE key = 'remotive'")
      .run(Date.now() + 60_000);
    const result = await running;
    expect(result).toMatchObject({ status: 'failed', error: 'another process took over this source' });
    expect(s.postings()).toBe(0);
    expect(s.t.db.$client.prepare("SELECT lease_owner FROM sources WHERE key = 'remotive'").get()).toEqual({ lease_owner: 'other' });
  }, 15_000);
});
