// The scheduled digest pass: node-cron, UTC, 07:00 every day, in the scrapers' process. Weekly
// subscriptions are due after Monday's 07:00 slot (lib/alerts/schedule.ts), so the one task
// serves both frequencies without two passes racing on Mondays. On start, one catch-up pass
// sends what a run missed while the process was down (once, however many runs were missed).
import cron from 'node-cron';
import type { Db } from '../db/client';
import { siteNow } from '../lib/clock';
import { DIGEST_CRON } from '../lib/alerts/schedule';
import { alertContext, mailerFromEnv } from './config';
import type { Mailer } from './mailer';
import { runDigests, type DigestSummary } from './run-digests';

export function formatSummary(s: DigestSummary): string {
  return `${s.mails} mails, ${s.jobs} jobs (${s.due} subscriptions due, ${s.views} views, ${s.failed} failed, ${s.stopped} stopped by bounces, ${s.unknown} unknown after a crash, ${s.swept} unconfirmed swept)`;
}

export type DigestJobOptions = {
  db: Db;
  log: (line: string) => void;
  mailer?: Mailer;
  context?: { secret: string; origin: string };
  now?: () => number;
};

export function startDigestJob(options: DigestJobOptions): {
  stop: () => Promise<void>;
  catchUp: Promise<void>;
  nextRun: () => Date | null;
} {
  const mailer = options.mailer ?? mailerFromEnv();
  const pass = async () => {
    try {
      const summary = await runDigests({
        db: options.db,
        mailer,
        ...(options.context ?? alertContext(options.db)),
        now: (options.now ?? siteNow)(),
      });
      if (summary.due || summary.swept || summary.unknown) options.log(`[alerts] ${formatSummary(summary)}`);
    } catch (error) {
      options.log(`[alerts] digest pass failed: ${(error as Error).message}`);
    }
  };
  const task = cron.schedule(DIGEST_CRON.daily, pass, { timezone: 'UTC', noOverlap: true, name: 'alerts:digest' });
  return {
    catchUp: pass(),
    nextRun: () => task.getNextRun(),
    stop: async () => {
      await task.destroy();
      if (!options.mailer) mailer.close();
    },
  };
}
