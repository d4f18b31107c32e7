// Bad input and faults: each fails only its own run, with a clear error, and keeps the
// source's previous postings untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttp, type FetchLike } from '../../scrapers/http';
import { createReplayFetch } from '../../scrapers/replay';
import { runSource, type RunDeps } from '../../scrapers/run';
import { scrapeTargets } from '../../scrapers/scrape';
import { remotive } from '../../scrapers/sources/remotive';
import { tempDb } from '../helpers/db';
import { fakeClock, publicResolver, remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const target = { key: 'remotive', source: 'remotive' } as const;

function harness() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const clock = fakeClock();
  const depsFor = (fetch: FetchLike, timeoutMs = 20_000): RunDeps => ({
    db: t.db,
    now: clock.now,
    replay: true,
    closeAfterMs: 14 * 86_400_000,
    owner: 'test',
    http: createHttp({
      fetch,
      resolve: publicResolver,
      sleep: clock.sleep,
      now: clock.now,
      userAgent: 'RaqmiTest/1',
      pacingMs: 0,
      timeoutMs,
      retries: 2,
    }),
  });
  const snapshot = () => t.db.$client.prepare('SELECT external_id, title, content_hash, closed_at FROM postings ORDER BY id').all();
  return { t, clock, depsFor, snapshot };
}

const good = createReplayFetch(
  writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1), remotiveJob(2)]) }]),
);
const respond =
  (status: number, body: string, contentType = 'application/json'): FetchLike =>
  async (url) =>
    url.endsWith('/robots.txt')
      ? new Response('', { status: 404 })
      : new Response(body, { status, headers: { 'content-type': contentType } });

describe('a source that misbehaves', () => {
  const hangs: FetchLike = (url, init) =>
    url.endsWith('/robots.txt')
      ? Promise.resolve(new Response('', { status: 404 }))
      : new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));

  it.each([
    ['a 500', respond(500, 'oops'), /HTTP 500/],
    ['a 429 that does not end', respond(429, ''), /HTTP 429/],
    ['a timeout', hangs, /timed out/],
    ['truncated JSON', respond(200, remotiveBody([remotiveJob(3)]).slice(0, 80)), /malformed JSON/],
    ['HTML where JSON was expected', respond(200, '<!DOCTYPE html><html><body>Maintenance</body></html>', 'text/html'), /^not JSON$/],
    ['an empty body', respond(200, ''), /empty response/],
    [
      'a changed layout (no jobs array)',
      respond(200, JSON.stringify({ results: [remotiveJob(4)] })),
      /^layout changed\? expected fields missing$/,
    ],
    [
      'a changed layout (jobs of another shape)',
      respond(200, JSON.stringify({ jobs: [{ name: 'x' }, { name: 'y' }] })),
      /layout changed\? none of 2/,
    ],
  ])('records %s as a failed run and keeps the previous postings', async (_name, fetch, error) => {
    const h = harness();
    await runSource(remotive, target, h.depsFor(good));
    const before = h.snapshot();
    const result = await runSource(remotive, target, h.depsFor(fetch, 50));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(error);
    expect(h.snapshot()).toEqual(before);
  });

  it('counts and skips a single invalid posting', async () => {
    const h = harness();
    const fetch = respond(200, remotiveBody([remotiveJob(1), { ...remotiveJob(2), url: 'not a url' }, remotiveJob(3)]));
    const result = await runSource(remotive, target, h.depsFor(fetch));
    expect(result).toMatchObject({ status: 'ok', inserted: 2, invalid: 1 });
  });

  it('an empty list the board declares is not a layout change', async () => {
    const h = harness();
    const result = await runSource(remotive, target, h.depsFor(respond(200, remotiveBody([]))));
    expect(result.status).toBe('ok');
  });

  it('fails a run that brings under 20% of the last good run, and keeps the postings open', async () => {
    const h = harness();
    const many = Array.from({ length: 12 }, (_, i) => remotiveJob(100 + i));
    await runSource(remotive, target, h.depsFor(respond(200, remotiveBody(many))));
    const result = await runSource(remotive, target, h.depsFor(respond(200, remotiveBody(many.slice(0, 2)))));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/2 postings against 12/);
    const open = h.t.db.$client.prepare('SELECT count(*) AS n FROM postings WHERE closed_at IS NULL').get() as { n: number };
    expect(open.n).toBe(12);
  });

  it('does not stop the other sources', async () => {
    const h = harness();
    const dir = writeRecordings([
      { url: 'https://remotive.com/api/remote-jobs', status: 500, body: '' },
      {
        url: 'https://jobicy.com/api/v2/remote-jobs',
        body: JSON.stringify({
          jobs: [
            {
              id: 5,
              url: 'https://jobicy.com/jobs/5-seo',
              jobTitle: 'SEO Specialist',
              companyName: 'Acme',
              jobType: ['Full-Time'],
              jobGeo: 'Anywhere',
              jobDescription: '<p>SEO for our website.</p>',
              pubDate: '2026-11-19T10:00:00+00:00',
            },
          ],
        }),
      },
    ]);
    const results = await scrapeTargets([target, { key: 'jobicy', source: 'jobicy' }], {
      db: h.t.db,
      replayDir: dir,
      sleep: async () => undefined,
    });
    expect(results.map((r) => [r.key, r.status])).toEqual([
      ['remotive', 'failed'],
      ['jobicy', 'ok'],
    ]);
  });
});
