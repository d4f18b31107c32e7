// The scrape scheduler, one of the worker's jobs (worker/jobs.ts): one node-cron task per target,
// in UTC. Every run it starts, first pass or cron task, passes a gate first (run-gate.ts): none
// while the target's previous run is in progress, none sooner than the board's minimum interval
// after its last run started (kept in the database, so across restarts); a run kept back is
// logged. A database lease (in runSource) keeps two processes off the same source. On a first
// start with an empty database every source is scraped at once, one after another; on a later
// start, every source never scraped yet. A daily sweep
// (sweep.ts) closes postings nobody has seen for RAQMI_CLOSE_AFTER_DAYS, whatever their source's
// state. A malformed RAQMI_ATS_BOARDS entry is logged and skipped; every other board is scheduled.
import cron, { type ScheduledTask } from 'node-cron';
import { env } from '../lib/env';
import type { Db } from '../db/client';
import { countPostings } from '../db/queries/postings-count';
import { ensureSource, lastRunStartedAt, setNextRun } from '../db/queries/runs';
import { ADAPTERS, configuredTargets } from './registry';
import { createRunGate } from './run-gate';
import { clockFrom, scrapeTargets } from './scrape';
import { SWEEP_JOB } from './sweep';
import type { FetchLike, Resolver } from './http';
import type { RunResult, Target } from './types';

export type SchedulerOptions = {
  db: Db;
  atsBoards: string;
  /** Answer every request from this recording folder (RAQMI_REPLAY). */
  replayDir?: string;
  /** Pinned clock, ISO (RAQMI_NOW). */
  now?: string;
  log?: (line: string) => void;
  /** The network, for tests (a fake board); live, the guarded global fetch and system resolver. */
  fetch?: FetchLike;
  resolve?: Resolver;
};

export type RunningScheduler = { stop: () => Promise<void>; firstRun: Promise<RunResult[]>; targets: Target[]; jobs: string[] };

export function startScheduler(options: SchedulerOptions): RunningScheduler {
  const log = options.log ?? ((line: string) => console.log(line));
  const { targets, problems } = configuredTargets(options.atsBoards);
  for (const problem of problems) log(`[scheduler] skipped: ${problem}`);
  const scrape = (target: Target) =>
    scrapeTargets([target], {
      db: options.db,
      replayDir: options.replayDir,
      now: options.now,
      fetch: options.fetch,
      resolve: options.resolve,
      onResult: (r) => log(describeResult(r)),
    });
  const gate = createRunGate(options.db, { now: clockFrom(options.now), replay: Boolean(options.replayDir), log });
  const run = (target: Target) => gate(target, () => scrape(target));
  const tasks = targets.map((target) => schedule(options.db, target, () => run(target), log));
  tasks.push(scheduleSweep(options.db, clockFrom(options.now), log));
  const pending = firstPass(options.db, targets, Boolean(options.replayDir), log);
  const firstRun = pending.length
    ? runEach(pending, run).catch((error: unknown) => {
        log(`[scheduler] first run: ${(error as Error).message}`);
        return [];
      })
    : Promise.resolve([]);
  return {
    firstRun,
    targets,
    jobs: tasks.map((t) => t.name ?? ''),
    stop: async () => {
      for (const task of tasks) await task.destroy();
    },
  };
}

/** The targets to scrape at start: every one on an empty database, else each one never scraped
 *  (a worker killed part-way through its first pass resumes it instead of leaving the rest to
 *  cron slots hours away). */
function firstPass(db: Db, targets: readonly Target[], replay: boolean, log: (line: string) => void): Target[] {
  if (countPostings(db) === 0) {
    log('[scheduler] empty database: scraping every source now');
    return [...targets];
  }
  const never = targets.filter((target) => lastRunStartedAt(db, target.key, replay) === undefined);
  if (never.length) log(`[scheduler] never scraped: ${never.map((target) => target.key).join(', ')}: scraping them now`);
  return never;
}

/** The first pass: each target through the gate, one after another. */
async function runEach(targets: readonly Target[], run: (target: Target) => Promise<RunResult[] | undefined>): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const target of targets) results.push(...((await run(target)) ?? []));
  return results;
}

function describeResult(r: RunResult): string {
  return `[scheduler] ${r.key}: ${r.status}${r.error ? ` — ${r.error}` : ` (+${r.inserted} new, ${r.updated} updated)`}`;
}

function schedule(db: Db, target: Target, run: () => Promise<unknown>, log: (line: string) => void): ScheduledTask {
  ensureSource(db, target.key, target.source);
  const task = cron.schedule(
    ADAPTERS[target.source].schedule,
    async () => {
      try {
        await run();
      } catch (error) {
        log(`[scheduler] ${target.key}: ${(error as Error).message}`);
      }
      setNextRun(db, target.key, task.getNextRun()?.getTime() ?? null);
    },
    { timezone: 'UTC', noOverlap: true, name: `scrape:${target.key}` },
  );
  setNextRun(db, target.key, task.getNextRun()?.getTime() ?? null);
  return task;
}

function scheduleSweep(db: Db, now: () => number, log: (line: string) => void): ScheduledTask {
  const days = env().RAQMI_CLOSE_AFTER_DAYS;
  return cron.schedule(
    SWEEP_JOB.schedule,
    () => {
      const closed = SWEEP_JOB.run({ db, now, closeAfterDays: days });
      log(`[scheduler] ${SWEEP_JOB.name}: closed ${closed} postings not seen for ${days} days`);
    },
    { timezone: 'UTC', noOverlap: true, name: SWEEP_JOB.name },
  );
}
