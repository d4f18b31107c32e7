// Issue 9, item 1: a board must not decide which host we fetch. Redirects stay on the source's
// declared hosts (robots.txt checked for each new host), names that resolve inside are refused,
// links from a listing are fetched only on declared hosts, and what a run records never quotes
// what the board sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_META } from '../../lib/sources';
import { createHttp, type FetchLike, type Resolver } from '../../scrapers/http';
import { createGuardedFetch } from '../../scrapers/net-guard';
import { runSource, type RunDeps } from '../../scrapers/run';
import { parseRemotive } from '../../scrapers/sources/remotive/parse';
import { mostaql } from '../../scrapers/sources/mostaql';
import type { SourceAdapter } from '../../scrapers/types';
import { tempDb } from '../helpers/db';
import { fakeClock, publicResolver, remotiveBody, remotiveJob } from '../helpers/fake-board';
import { startLoopbackBoard, type LoopbackBoard } from '../helpers/loopback-board';
import { DEMO_FIXTURES } from '../helpers/recordings';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const target = { key: 'remotive', source: 'remotive' } as const;

/** Remotive's parser on a loopback board whose declared hosts are `hosts`. */
const boardAdapter = (board: LoopbackBoard, hosts: string[], path = '/jobs'): SourceAdapter => ({
  ...SOURCE_META.remotive,
  hosts,
  urls: () => [board.url(hosts[0]!, path)],
  parse: (body, { url }) => parseRemotive(body, url),
});

function depsFor(fetch: FetchLike, resolve: Resolver): RunDeps {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const clock = fakeClock();
  const http = createHttp({
    fetch,
    resolve,
    sleep: clock.sleep,
    now: clock.now,
    userAgent: 'RaqmiTest/1',
    pacingMs: 0,
    backoffMs: 0,
    retries: 0,
    timeoutMs: 5000,
  });
  return { db: t.db, http, now: clock.now, replay: true, closeAfterMs: 14 * 86_400_000, owner: 'test' };
}

const titles = (deps: RunDeps) => (deps.db.$client.prepare('SELECT title FROM postings').all() as { title: string }[]).map((r) => r.title);
const runRow = (deps: RunDeps, id: number) =>
  deps.db.$client.prepare('SELECT status, error, notes FROM scrape_runs WHERE id = ?').get(id) as {
    status: string;
    error: string | null;
    notes: string | null;
  };

async function board(routes: Record<string, (res: import('node:http').ServerResponse) => void>) {
  const b = await startLoopbackBoard((req, res) => {
    const route = routes[`${(req.headers.host ?? '').split(':')[0]} ${req.url}`];
    if (route) route(res);
    else res.writeHead(404).end();
  });
  cleanups.push(b.close);
  return b;
}
const json = (body: string) => (res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
const redirect = (to: () => string) => (res: import('node:http').ServerResponse) => res.writeHead(302, { location: to() }).end();

describe('redirects and addresses (SSRF)', () => {
  it('does not follow a board’s redirect to an internal address, and records a short reason', async () => {
    const b: LoopbackBoard = await board({
      'board.test /jobs': redirect(() => `http://127.0.0.1:${b.port}/admin`),
      '127.0.0.1 /admin': json(remotiveBody([remotiveJob(1, 'SECRET internal admin page')])),
    });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7' }));
    const result = await runSource(boardAdapter(b, ['board.test']), target, deps);
    expect(result.status).toBe('failed');
    expect(result.error).toBe('refused: host not declared for this source');
    expect(b.hits).not.toContain('127.0.0.1 /admin');
    expect(titles(deps)).toEqual([]);
  });

  it('follows a redirect within the declared hosts and checks robots.txt of the new host', async () => {
    const b: LoopbackBoard = await board({
      'board.test /jobs': redirect(() => b.url('mirror.test', '/jobs')),
      'mirror.test /robots.txt': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /jobs\n'),
      'mirror.test /jobs': json(remotiveBody([remotiveJob(1)])),
    });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7', 'mirror.test': '198.51.100.8' }));
    const result = await runSource(boardAdapter(b, ['board.test', 'mirror.test']), target, deps);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'robots-disallowed' });
    expect(b.hits).toContain('mirror.test /robots.txt');
    expect(b.hits).not.toContain('mirror.test /jobs');
  });

  it('follows a redirect on the same host', async () => {
    const b: LoopbackBoard = await board({
      'board.test /jobs': redirect(() => '/jobs/v2'),
      'board.test /jobs/v2': json(remotiveBody([remotiveJob(1)])),
    });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7' }));
    expect(await runSource(boardAdapter(b, ['board.test']), target, deps)).toMatchObject({ status: 'ok', inserted: 1 });
  });

  // Adversary's report: `Location: http://[::1` failed the run as "unexpected error".
  it('fails a run redirected to an address that is not a URL, and says so', async () => {
    const b: LoopbackBoard = await board({ 'board.test /jobs': redirect(() => 'http://[::1') });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7' }));
    const result = await runSource(boardAdapter(b, ['board.test']), target, deps);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'bad-redirect', error: 'redirected to an address that is not a URL' });
  });

  it('gives up after a few redirects', async () => {
    const b: LoopbackBoard = await board({ 'board.test /jobs': redirect(() => '/jobs2'), 'board.test /jobs2': redirect(() => '/jobs') });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7' }));
    const result = await runSource(boardAdapter(b, ['board.test']), target, deps);
    expect(result).toMatchObject({ status: 'failed', error: 'too many redirects' });
    expect(b.hits.filter((h) => !h.endsWith('robots.txt')).length).toBeLessThanOrEqual(5);
  });

  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
  ])('refuses a declared host that resolves to %s, without connecting', async (address) => {
    const b = await board({ 'board.test /jobs': json(remotiveBody([remotiveJob(1)])) });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': address }));
    const result = await runSource(boardAdapter(b, ['board.test']), target, deps);
    expect(result).toMatchObject({ status: 'failed', error: 'refused: private address' });
    expect(b.hits).toEqual([]);
  });
});

describe('the default fetch', () => {
  it('connects only to the address it checked: a name that turns into 127.0.0.1 on connect is refused (DNS rebinding)', async () => {
    const b = await board({ 'board.test /jobs': json(remotiveBody([remotiveJob(1)])) });
    let lookups = 0;
    // First answer public (the HTTP layer's check), then loopback (the socket's own lookup).
    const rebinding: Resolver = async () => [{ address: lookups++ === 0 ? '198.51.100.7' : '127.0.0.1', family: 4 }];
    const guarded = createGuardedFetch(rebinding);
    cleanups.push(guarded.close);
    const http = createHttp({
      fetch: guarded.fetch,
      resolve: rebinding,
      sleep: async () => undefined,
      now: () => Date.now(),
      userAgent: 'RaqmiTest/1',
      retries: 0,
    });
    await expect(http.get(b.url('board.test', '/jobs'), { hosts: ['board.test'] })).rejects.toMatchObject({ code: 'refused-private' });
    expect(b.hits).toEqual([]);
  });

  it('refuses to open a socket to loopback even when called directly', async () => {
    const b = await board({ 'board.test /jobs': json(remotiveBody([remotiveJob(1)])) });
    const guarded = createGuardedFetch(b.resolverFor({ 'board.test': '127.0.0.1' }));
    cleanups.push(guarded.close);
    const result = await guarded.fetch(b.url('board.test', '/jobs'), {}).then(
      () => 'connected',
      (e: Error & { cause?: { code?: string } }) => e.cause?.code,
    );
    expect(result).toBe('ENOTPUBLIC');
    expect(b.hits).toEqual([]);
  });
});

describe('links a listing hands us', () => {
  const listing = readFileSync(join(DEMO_FIXTURES, 'mostaql/projects-marketing.html'), 'utf8')
    .replace(/https:\/\/mostaql\.com\/project\/1300000-[^"]*/, 'http://127.0.0.1:8080/project/1300000-admin')
    .replace(/https:\/\/mostaql\.com\/project\/1300001-[^"]*/, 'http://169.254.169.254/project/1300001-metadata');

  it('fetches Mostaql detail pages only on mostaql.com and drops postings that link inside', async () => {
    const asked: string[] = [];
    const fetch: FetchLike = async (url) => {
      asked.push(url);
      if (url === 'https://mostaql.com/projects/marketing') return new Response(listing, { headers: { 'content-type': 'text/html' } });
      return new Response('', { status: 404 });
    };
    const deps = depsFor(fetch, publicResolver);
    const result = await runSource(mostaql, { key: 'mostaql', source: 'mostaql' }, deps);
    expect(asked.filter((u) => !u.startsWith('https://mostaql.com/'))).toEqual([]);
    const urls = (deps.db.$client.prepare('SELECT url FROM postings').all() as { url: string }[]).map((r) => r.url);
    expect(urls.length).toBe(4);
    expect(urls.every((u) => u.startsWith('https://mostaql.com/'))).toBe(true);
    expect(result.detailFailed).toBeGreaterThan(0);
  });
});

describe('what a failed run records', () => {
  it.each([
    ['a 503 with a body', (res: import('node:http').ServerResponse) => res.writeHead(503).end('SECRET redis at 10.0.0.5:6379'), 'HTTP 503'],
    ['truncated JSON', json('{"jobs": [{"title": "SECRET token abc123"'), 'malformed JSON'],
    [
      'HTML instead of JSON',
      (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>SECRET dashboard</html>'),
      'not JSON',
    ],
    ['no postings at all', json('{"jobs": []}'.replace('[]', '"SECRET"')), 'layout changed? expected fields missing'],
  ])('names %s in a short reason and never stores the body', async (_name, route, reason) => {
    const b = await board({ 'board.test /jobs': route });
    const deps = depsFor(b.fetch, b.resolverFor({ 'board.test': '198.51.100.7' }));
    const result = await runSource(boardAdapter(b, ['board.test']), target, deps);
    expect(result.error).toBe(reason);
    const row = runRow(deps, result.runId);
    expect(`${row.error} ${row.notes}`).not.toMatch(/SECRET/);
  });
});
