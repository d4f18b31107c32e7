// The scheduler: one node-cron task per target, in UTC, never overlapping itself; a database
// lease (in runSource) keeps two processes off the same source. On a first start with an empty
// database every source is scraped at once, within the boards' limits (which runSource enforces
// from the stored last fetch time of each URL). A daily sweep (sweep.ts) closes postings nobody
// has seen for RAQMI_CLOSE_AFTER_DAYS, whatever their source's state.
import cron, { type ScheduledTask } from 'node-cron';
import { env } from '../lib/env';
import type { Db } from '../db/client';
import { countPostings } from '../db/queries/postings-count';
import { setNextRun, ensureSource } from '../db/queries/runs';
import { allTargets, ADAPTERS } from './registry';
import { scrapeTargets } from './scrape';
import { SWEEP_JOB } from './sweep';
import { startDigestJob } from '../alerts/job';
import type { RunResult, Target } from './types';

export type SchedulerOptions = { db: Db; atsBoards: string; log?: (line: string) => void };

export function startScheduler(options: SchedulerOptions): { stop: () => Promise<void>; firstRun: Promise<RunResult[]>; jobs: string[] } {
  const log = options.log ?? ((line: string) => console.log(line));
  const targets = allTargets(options.atsBoards);
  const tasks: ScheduledTask[] = [];
  const report = (r: RunResult) => log(`[scheduler] ${r.key}: ${r.status}${r.error ? ` — ${r.error}` : ` (+${r.inserted} new, ${r.updated} updated)`}`);
  const runOne = async (target: Target) => {
    try {
      await scrapeTargets([target], { db: options.db, onResult: report });
    } catch (error) {
      log(`[scheduler] ${target.key}: ${(error as Error).message}`);
    }
  };
  for (const target of targets) {
    ensureSource(options.db, target.key, target.source);
    const task = cron.schedule(ADAPTERS[target.source].schedule, async () => {
      await runOne(target);
      setNextRun(options.db, target.key, task.getNextRun()?.getTime() ?? null);
    }, { timezone: 'UTC', noOverlap: true, name: `scrape:${target.key}` });
    setNextRun(options.db, target.key, task.getNextRun()?.getTime() ?? null);
    tasks.push(task);
  }
  tasks.push(cron.schedule(SWEEP_JOB.schedule, () => {
    const closed = SWEEP_JOB.run({ db: options.db, now: () => Date.now(), closeAfterDays: env().RAQMI_CLOSE_AFTER_DAYS });
    log(`[scheduler] ${SWEEP_JOB.name}: closed ${closed} postings not seen for ${env().RAQMI_CLOSE_AFTER_DAYS} days`);
  }, { timezone: 'UTC', noOverlap: true, name: SWEEP_JOB.name }));
  // Email alerts run in the scrapers' process, after them in the day (alerts/job.ts).
  const digests = startDigestJob({ db: options.db, log });
  const firstRun = countPostings(options.db) === 0
    ? (log('[scheduler] empty database: scraping every source now'), scrapeTargets(targets, { db: options.db, onResult: report }).catch((error: unknown) => {
        log(`[scheduler] first run: ${(error as Error).message}`);
        return [];
      }))
    : Promise.resolve([]);
  return {
    firstRun,
    jobs: tasks.map((t) => t.name ?? ''),
    stop: async () => {
      for (const task of tasks) await task.destroy();
      await digests.stop();
    },
  };
}
