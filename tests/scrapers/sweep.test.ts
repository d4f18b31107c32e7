// Issue 9, item 3: postings of a board that keeps failing, or of a company board removed from the
// configuration, close after RAQMI_CLOSE_AFTER_DAYS like any other, through a daily sweep.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertPosting, readDataVersion } from '../../db/queries/upsert';
import { finishRun, startRun, ensureSource } from '../../db/queries/runs';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { startScheduler } from '../../scrapers/scheduler';
import { SWEEP_JOB, sweepUnseenPostings } from '../../scrapers/sweep';
import { tempDb } from '../helpers/db';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const DAY = 86_400_000;
const T0 = Date.parse('2026-09-01T00:00:00Z');

const raw = (id: string): SourcePosting => ({
  externalId: id,
  url: `https://boards.greenhouse.io/oldco/jobs/${id}`,
  title: 'SEO Specialist',
  company: 'OldCo',
  descriptionHtml: '<p>SEO.</p>',
  hints: {},
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const put = (source: string, key: string, id: string, at: number) =>
    upsertPosting(t.db, preparePosting(raw(id), { source, sourceKey: key }), at);
  const closedAt = (id: string) =>
    (t.db.$client.prepare('SELECT closed_at FROM postings WHERE external_id = ?').get(id) as { closed_at: number | null }).closed_at;
  return { t, put, closedAt };
}

describe('the daily sweep', () => {
  it('closes postings of a board that has failed ever since, and of a company board no longer configured', () => {
    const { t, put, closedAt } = setup();
    put('remotive', 'remotive', 'failing-1', T0);
    put('greenhouse', 'greenhouse:oldco', 'removed-1', T0);
    put('remoteok', 'remoteok', 'fresh-1', T0 + 10 * DAY);
    ensureSource(t.db, 'remotive', 'remotive');
    for (let d = 1; d <= 30; d++) {
      const run = startRun(t.db, 'remotive', T0 + d * DAY, false);
      finishRun(t.db, run, T0 + d * DAY, {
        status: 'failed',
        fetched: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        invalid: 0,
        detailFailed: 0,
        closed: 0,
        error: 'http:503',
      });
    }
    const version = readDataVersion(t.db);
    const closed = sweepUnseenPostings({ db: t.db, now: () => T0 + 20 * DAY, closeAfterDays: 14 });
    expect(closed).toBe(2);
    expect(closedAt('failing-1')).toBe(T0 + 20 * DAY);
    expect(closedAt('removed-1')).toBe(T0 + 20 * DAY);
    expect(closedAt('fresh-1')).toBeNull();
    expect(readDataVersion(t.db)).not.toBe(version);
    expect(t.db.$client.prepare('SELECT count(*) AS n FROM postings').get()).toEqual({ n: 3 });
  });

  it('is registered by the scheduler as a daily UTC job', async () => {
    const { t, put } = setup();
    put('remotive', 'remotive', 'one', T0);
    const scheduler = startScheduler({ db: t.db, atsBoards: '', log: () => undefined });
    cleanups.unshift(scheduler.stop);
    expect(scheduler.jobs).toContain(SWEEP_JOB.name);
    expect(SWEEP_JOB.schedule).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
