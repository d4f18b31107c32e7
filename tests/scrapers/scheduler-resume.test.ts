// A worker restarted part-way through its first pass (killed, or the machine rebooted) scrapes at
// once every board it has never scraped, not only when the database is empty. Adversary's report:
// killed after Remotive and RemoteOK, the restarted worker found postings stored, skipped the
// first pass, and Arbeitnow, Wuzzuf, Mostaql and the rest waited for cron slots hours away.
import { afterAll, expect, it } from 'vitest';
import { finishRun, ensureSource, startRun } from '../../db/queries/runs';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import { startScheduler } from '../../scrapers/scheduler';
import { tempDb } from '../helpers/db';
import { writeRecordings } from '../helpers/fake-board';

const t = tempDb();
afterAll(() => t.cleanup());
const NOW = '2026-11-20T09:00:00Z';
const T0 = Date.parse(NOW) - 60_000;

it('scrapes at start every board that has never been scraped, and leaves alone the ones that were', async () => {
  // What the killed worker left: Remotive scraped, with its postings stored.
  ensureSource(t.db, 'remotive', 'remotive');
  const run = startRun(t.db, 'remotive', T0, true);
  const posting = preparePosting(
    { externalId: '1', url: 'https://remotive.com/1', title: 'SEO Lead', descriptionHtml: '<p>SEO.</p>', hints: {} },
    { source: 'remotive', sourceKey: 'remotive' },
  );
  t.db.transaction(() => upsertPosting(t.db, posting, T0));
  finishRun(t.db, run, T0 + 1000, {
    status: 'ok',
    fetched: 1,
    inserted: 1,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    detailFailed: 0,
    closed: 0,
  });

  const lines: string[] = [];
  const scheduler = startScheduler({ db: t.db, atsBoards: '', replayDir: writeRecordings([]), now: NOW, log: (l) => lines.push(l) });
  await scheduler.firstRun;
  await scheduler.stop();
  const runs = (key: string) => t.db.$client.prepare('SELECT count(*) FROM scrape_runs WHERE source_key = ?').pluck().get(key);
  const others = scheduler.targets.map((target) => target.key).filter((key) => key !== 'remotive');
  expect(others.length).toBeGreaterThan(5);
  expect(others.filter((key) => runs(key) === 0)).toEqual([]);
  expect(runs('remotive')).toBe(1);
  expect(lines.some((l) => l.includes('never scraped'))).toBe(true);
});
