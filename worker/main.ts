// The worker process: every scheduled job of worker/jobs.ts, apart from the web server so that a
// scrape never stalls a page. `npm start` runs it beside `next start` and restarts it if it dies
// (scripts/start.ts); `npm run worker` runs it alone. SIGINT / SIGTERM stop the jobs and close the
// database; a scrape's transaction is synchronous, so a signal is only handled between writes.
import { onSupervisorGone } from '../lib/launcher';
import { closeDb } from '../db/client';
import { createDbOrExit } from '../db/open-or-exit';
import { envOrExit } from '../lib/env-or-exit';
import { JOBS, type RunningJob } from './jobs';

const STOP_GRACE_MS = 5_000;

function main(): void {
  // The alerts digest links to the site: PORT counts when RAQMI_PUBLIC_URL is unset.
  const config = envOrExit('worker', { origin: true });
  const db = createDbOrExit('worker', config.RAQMI_DB);
  const pinned = config.RAQMI_NOW ? Date.parse(config.RAQMI_NOW) : undefined;
  const ctx = { db, config, now: () => pinned ?? Date.now(), log: (line: string) => console.log(line) };
  const running: RunningJob[] = JOBS.map((job) => job.start(ctx));
  console.log(
    `[worker] pid ${process.pid}: ${JOBS.map((j) => j.name).join(', ')} on ${config.RAQMI_DB}${config.RAQMI_REPLAY ? ` (replaying ${config.RAQMI_REPLAY})` : ''}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: stopping`);
    const grace = new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref());
    await Promise.race([Promise.all(running.map((j) => j.stop())), grace]);
    closeDb(db);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
  onSupervisorGone(() => void stop('supervisor gone'));
}

try {
  main();
} catch (error) {
  console.error(`worker: ${(error as Error).message}`);
  process.exit(1);
}
