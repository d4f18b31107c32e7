// Polite HTTP wired into real runs: a real adapter through runSource, the real replay layer with
// the test's own recordings, and a fake clock that only moves when the scraper sleeps.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttp } from '../../scrapers/http';
import { createReplayFetch } from '../../scrapers/replay';
import { runSource, type RunDeps } from '../../scrapers/run';
import { arbeitnow } from '../../scrapers/sources/arbeitnow';
import { remotive } from '../../scrapers/sources/remotive';
import { tempDb } from '../helpers/db';
import { fakeClock, publicResolver, remotiveBody, remotiveJob, writeRecordings, type FakeResponse } from '../helpers/fake-board';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(responses: FakeResponse[], options: { replay?: boolean; pacingMs?: number } = {}) {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const clock = fakeClock();
  const http = createHttp({
    fetch: createReplayFetch(writeRecordings(responses)),
    resolve: publicResolver,
    sleep: clock.sleep,
    now: clock.now,
    userAgent: 'RaqmiTest/1',
    pacingMs: options.pacingMs ?? 2000,
    backoffMs: 1000,
  });
  const deps: RunDeps = { db: t.db, http, now: clock.now, replay: options.replay ?? true, closeAfterMs: 14 * 86_400_000, owner: 'test' };
  return { t, clock, http, deps };
}

const arbeitnowPage = (from: number, n: number) =>
  JSON.stringify({
    data: Array.from({ length: n }, (_, i) => ({
      slug: `job-${from + i}`,
      company_name: 'Acme',
      title: 'Online Marketing Manager',
      description: '<p>SEO und Social Media.</p>',
      remote: true,
      url: `https://www.arbeitnow.com/jobs/acme/job-${from + i}`,
      tags: [],
      job_types: ['Full-time'],
      location: 'Berlin',
      created_at: 1763600000,
    })),
  });

describe('polite HTTP in a real run', () => {
  it('spaces requests to one host by the pacing interval', async () => {
    const { deps, http } = setup([
      { url: 'https://www.arbeitnow.com/api/job-board-api', body: arbeitnowPage(0, 3) },
      { url: 'https://www.arbeitnow.com/api/job-board-api?page=2', body: arbeitnowPage(3, 3) },
      { url: 'https://www.arbeitnow.com/api/job-board-api?page=3', body: arbeitnowPage(3, 3) },
    ]);
    const result = await runSource(arbeitnow, { key: 'arbeitnow', source: 'arbeitnow' }, deps);
    expect(result).toMatchObject({ status: 'ok', inserted: 6 });
    const times = http.log.filter((r) => !r.url.endsWith('/robots.txt')).map((r) => r.at);
    expect(times.length).toBe(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(2000);
  });

  it('does not fetch a URL that robots.txt disallows, and records why', async () => {
    const { deps, http } = setup([
      { url: 'https://remotive.com/robots.txt', body: 'User-agent: *\nDisallow: /api/\n', contentType: 'text/plain' },
      { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) },
    ]);
    const result = await runSource(remotive, { key: 'remotive', source: 'remotive' }, deps);
    expect(result.status).toBe('failed');
    expect(result.error).toBe('disallowed by robots.txt');
    expect(http.log.map((r) => r.url)).toEqual(['https://remotive.com/robots.txt']);
    const row = deps.db.$client.prepare('SELECT status, error FROM scrape_runs WHERE id = ?').get(result.runId) as {
      status: string;
      error: string;
    };
    expect(row).toMatchObject({ status: 'failed', error: expect.stringMatching(/robots/) });
  });

  // RFC 9309 §2.3.1.4; issue 8 item 5: a robots.txt that answers 5xx, or does not answer, means
  // "assume everything is disallowed" for this run; a 4xx means there is none.
  it.each([
    ['a 503', 503, 'robots.txt unavailable (HTTP 503): nothing fetched this run'],
    ['no answer in time', 0, 'robots.txt unavailable (timed out): nothing fetched this run'],
    ['a 404', 404, undefined],
    ['a 403', 403, undefined],
  ])('follows RFC 9309 when robots.txt gives %s', async (_name, robotsStatus, error) => {
    const { deps, clock } = setup([]);
    const asked: string[] = [];
    const http = createHttp({
      resolve: publicResolver,
      sleep: clock.sleep,
      now: clock.now,
      userAgent: 'RaqmiTest/1',
      pacingMs: 0,
      retries: 1,
      timeoutMs: 50,
      fetch: (url, init) => {
        asked.push(url);
        if (!url.endsWith('/robots.txt')) return Promise.resolve(new Response(remotiveBody([remotiveJob(1)])));
        if (robotsStatus) return Promise.resolve(new Response('', { status: robotsStatus }));
        return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
      },
    });
    const result = await runSource(remotive, { key: 'remotive', source: 'remotive' }, { ...deps, http });
    if (error) {
      expect(result).toMatchObject({ status: 'failed', error });
      expect(asked.every((u) => u.endsWith('/robots.txt'))).toBe(true);
    } else {
      expect(result).toMatchObject({ status: 'ok', inserted: 1 });
    }
  });

  it('waits as long as Retry-After says on a 429, then succeeds', async () => {
    const { deps, clock } = setup([]);
    const board = createReplayFetch(
      writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) }]),
    );
    // The board throttles the first API request, then answers from the recording.
    let apiCalls = 0;
    const http = createHttp({
      resolve: publicResolver,
      fetch: async (url, init) =>
        url.includes('/api/') && apiCalls++ === 0 ? new Response('', { status: 429, headers: { 'Retry-After': '120' } }) : board(url, init),
      sleep: clock.sleep,
      now: clock.now,
      userAgent: 'RaqmiTest/1',
      pacingMs: 0,
    });
    const result = await runSource(remotive, { key: 'remotive', source: 'remotive' }, { ...deps, http });
    expect(result).toMatchObject({ status: 'ok', inserted: 1 });
    expect(apiCalls).toBe(2);
    expect(clock.sleeps).toContain(120_000);
  });

  it('treats a 304 as "everything as before": last-seen refreshed, nothing closed', async () => {
    const first = setup([
      { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1), remotiveJob(2)]), headers: { ETag: '"v1"' } },
    ]);
    await runSource(remotive, { key: 'remotive', source: 'remotive' }, first.deps);
    const seenBefore = first.deps.db.$client.prepare('SELECT max(last_seen_at) AS t FROM postings').get() as { t: number };

    // Twenty days later the board answers 304 to our conditional request.
    let sentEtag: string | undefined;
    const clock = fakeClock(first.clock.now() + 20 * 86_400_000);
    const http = createHttp({
      resolve: publicResolver,
      fetch: async (url, init) => {
        if (url.endsWith('robots.txt')) return new Response('', { status: 404 });
        sentEtag = init.headers['if-none-match'];
        return new Response(null, { status: 304 });
      },
      sleep: clock.sleep,
      now: clock.now,
      userAgent: 'RaqmiTest/1',
    });
    const result = await runSource(remotive, { key: 'remotive', source: 'remotive' }, { ...first.deps, http, now: clock.now });
    expect(sentEtag).toBe('"v1"');
    expect(result).toMatchObject({ status: 'ok', unchanged: 2, closed: 0, inserted: 0 });
    const after = first.deps.db.$client
      .prepare('SELECT min(last_seen_at) AS t, sum(closed_at IS NOT NULL) AS closed FROM postings')
      .get() as { t: number; closed: number };
    expect(after.t).toBeGreaterThan(seenBefore.t);
    expect(after.closed).toBe(0);
  });

  it('holds back a live run inside the board’s minimum interval and records it skipped', async () => {
    const { deps } = setup([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) }], { replay: false });
    expect((await runSource(remotive, { key: 'remotive', source: 'remotive' }, deps)).status).toBe('ok');
    const again = await runSource(remotive, { key: 'remotive', source: 'remotive' }, deps);
    expect(again.status).toBe('skipped');
    expect(again.notes[0]).toMatch(/at most one request per 360 min/);
  });
});
