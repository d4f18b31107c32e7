// Every scheduled job the worker process runs, listed here (never discovered). The web server
// runs none: scraping, classification and their thousand-row transactions would block the event
// loop that serves pages.
//
// Adding a job (e.g. the alerts digest): write it as `cronJob('digest', '0 7 * * *', async (ctx)
// => { ... })` (or a WorkerJob with its own start/stop) in its own module and add it to JOBS.
// A job gets the worker's database, validated config and clock; it must not read process.env.
import cron from 'node-cron';
import type { Db } from '../db/client';
import type { Env } from '../lib/env';
import { startDigestJob } from '../alerts/job';
import { startScheduler } from '../scrapers/scheduler';

export type JobContext = {
  db: Db;
  config: Env;
  /** The worker's clock: RAQMI_NOW when pinned. */
  now: () => number;
  log: (line: string) => void;
};

export type RunningJob = { stop: () => Promise<void> };
export type WorkerJob = { name: string; start: (ctx: JobContext) => RunningJob };

/** A job on one cron schedule (UTC), never overlapping itself; a failure is logged, not fatal. */
export function cronJob(name: string, schedule: string, run: (ctx: JobContext) => Promise<void>): WorkerJob {
  return {
    name,
    start: (ctx) => {
      const task = cron.schedule(
        schedule,
        async () => {
          try {
            await run(ctx);
          } catch (error) {
            ctx.log(`[${name}] failed: ${(error as Error).message}`);
          }
        },
        { timezone: 'UTC', noOverlap: true, name },
      );
      return { stop: async () => void (await task.destroy()) };
    },
  };
}

/** The scrapers: one cron task per board (scrapers/scheduler.ts), replaying when RAQMI_REPLAY is set. */
export const scrapeJob: WorkerJob = {
  name: 'scrape',
  start: ({ db, config, log }) =>
    startScheduler({ db, atsBoards: config.RAQMI_ATS_BOARDS, replayDir: config.RAQMI_REPLAY, now: config.RAQMI_NOW, log }),
};

/** Email alerts: the daily 07:00 UTC digest pass (weekly ones are due on Mondays), after the scrapes. */
export const digestJob: WorkerJob = {
  name: 'alerts',
  start: ({ db, log, now }) => startDigestJob({ db, log, now }),
};

export const JOBS: readonly WorkerJob[] = [scrapeJob, digestJob];
