// Regression: on a first `npm start` with an empty database Jobicy was scraped twice 23 seconds
// apart: its own cron task fired during the "empty database: scraping every source now" pass, and
// a run that ended without a recorded fetch (a network error, a board that never answered) left
// nothing to keep the next one away. Jobicy allows one request an hour; every board has its
// minimum interval. The real scheduler (node-cron, UTC) runs under a fake clock against fake
// boards on no network; a board counts the runs that reached it by their robots.txt reads (a run
// reads it once, before anything else).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '../../scrapers/registry';
import { startScheduler } from '../../scrapers/scheduler';
import type { FetchLike } from '../../scrapers/http';
import type { Target } from '../../scrapers/types';
import { tempDb } from '../helpers/db';
import { publicResolver } from '../helpers/fake-board';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const cleanups: (() => void)[] = [];

afterEach(() => {
  vi.useRealTimers();
  cleanups.splice(0).forEach((c) => c());
});

function useClock(iso: string): void {
  vi.useFakeTimers({ now: Date.parse(iso), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

const hostOf = (target: Target) => new URL(ADAPTERS[target.source].urls(target)[0]!).host;
const JOBICY = hostOf({ key: 'jobicy', source: 'jobicy' });

type Answer = 'network error' | 'not found' | 'no answer';

/** Boards that answer robots.txt with 404 and every other request as `answer(host)` says. */
function fakeBoards(answer: (host: string) => Answer) {
  const robotsReads: { host: string; at: number }[] = [];
  const fetch: FetchLike = (url, init) => {
    const { host, pathname } = new URL(url);
    if (pathname === '/robots.txt') {
      robotsReads.push({ host, at: Date.now() });
      return Promise.resolve(new Response('', { status: 404 }));
    }
    const how = answer(host);
    if (how === 'not found') return Promise.resolve(new Response('', { status: 404 }));
    if (how === 'no answer') return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    return Promise.reject(new TypeError('fetch failed'));
  };
  /** When the runs that reached `host` began. */
  const runsAt = (host: string) => robotsReads.filter((r) => r.host === host).map((r) => r.at);
  return { fetch, runsAt };
}

function start(db: ReturnType<typeof tempDb>['db'], boards: ReturnType<typeof fakeBoards>, lines: string[]) {
  return startScheduler({ db, atsBoards: '', fetch: boards.fetch, resolve: publicResolver, log: (l) => lines.push(l) });
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('the scheduler keeps each board’s minimum interval', () => {
  it('never starts a board’s run sooner than its interval after the last one, first pass and cron tasks alike', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    // 00:26 UTC: the first pass is under way when Jobicy's task fires (00:29), then Mostaql's
    // (00:37), Remote OK's (00:41) and Himalayas' (00:53); by 02:57 Jobicy's fires again (02:29).
    useClock('2026-11-20T00:26:00Z');
    const boards = fakeBoards(() => 'network error');
    const lines: string[] = [];
    const scheduler = start(t.db, boards, lines);
    await vi.advanceTimersByTimeAsync(2 * HOUR + 31 * MINUTE);
    await scheduler.firstRun;
    await scheduler.stop();

    const tooSoon: string[] = [];
    for (const target of scheduler.targets) {
      const runs = boards.runsAt(hostOf(target));
      expect(runs.length, target.key).toBeGreaterThanOrEqual(1);
      for (const [i, at] of runs.entries()) {
        const gap = at - (runs[i - 1] ?? -Infinity);
        if (gap < ADAPTERS[target.source].minIntervalMs) tooSoon.push(`${target.key}: ${iso(runs[i - 1]!)} then ${iso(at)}`);
      }
    }
    expect(tooSoon).toEqual([]);
    // Not kept away for good: Jobicy's 02:29 task, over an hour after its first run, reached it.
    expect(boards.runsAt(JOBICY).map(iso)).toEqual([expect.stringMatching(/^2026-11-20T00:2[67]/), '2026-11-20T02:29:00.000Z']);
    expect(lines).toContainEqual(expect.stringMatching(/^\[scheduler\] jobicy: not started: its last run started at 2026-11-20T00:2/));
  });

  it('does not start a board’s run while its previous run is still in progress', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    // Jobicy never answers: its first-pass run (four attempts, 20 s each) spans 00:29.
    useClock('2026-11-20T00:28:40Z');
    const boards = fakeBoards((host) => (host === JOBICY ? 'no answer' : 'not found'));
    const lines: string[] = [];
    const scheduler = start(t.db, boards, lines);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    await scheduler.firstRun;
    await scheduler.stop();

    const runs = t.db.$client.prepare("SELECT status, notes FROM scrape_runs WHERE source_key = 'jobicy'").all();
    expect(runs).toEqual([{ status: 'failed', notes: null }]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[scheduler\] jobicy: not started: its run that started at \S+ is still in progress$/),
    );
  });

  it('keeps the interval across a restart', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    // 01:00-01:10: no board's task fires; the database stays empty, so each start scrapes everything.
    useClock('2026-11-20T01:00:00Z');
    const boards = fakeBoards(() => 'network error');
    const first = start(t.db, boards, []);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await first.firstRun;
    await first.stop();
    const lines: string[] = [];
    const again = start(t.db, boards, lines);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await again.firstRun;
    await again.stop();

    for (const target of again.targets) {
      expect(boards.runsAt(hostOf(target)), target.key).toHaveLength(1);
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^\\[scheduler\\] ${target.key}: not started: its last run started at`)),
      );
    }
  });
});
