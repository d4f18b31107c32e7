// The scheduler's check before every run of a target, first pass and cron tasks alike: no run
// while one of the same target is in progress in this process, and (live) none sooner than the
// board's minimum interval after the last run started, read from scrape_runs so that a restart
// keeps it too. runSource's own check goes by each URL's last answered fetch, which a run that
// failed without an answer (a network error, a board that never answered) does not leave: on a
// first start Jobicy's cron task then fired during the first pass and Jobicy was scraped twice
// 23 seconds apart, though it allows one request an hour. Replays reach no board: only the
// in-progress check holds for them.
import type { Db } from '../db/client';
import { lastRunStartedAt } from '../db/queries/runs';
import { ADAPTERS } from './registry';
import type { Target } from './types';

export type RunGate = <T>(target: Target, run: () => Promise<T>) => Promise<T | undefined>;

export type RunGateOptions = { now: () => number; replay: boolean; log: (line: string) => void };

const iso = (ms: number) => new Date(ms).toISOString();

/** Runs `run` for `target` unless it must wait (then logs why and resolves undefined). */
export function createRunGate(db: Db, { now, replay, log }: RunGateOptions): RunGate {
  const running = new Map<string, number>();
  const reasonToWait = (target: Target): string | undefined => {
    const since = running.get(target.key);
    if (since !== undefined) return `its run that started at ${iso(since)} is still in progress`;
    if (replay) return undefined;
    const last = lastRunStartedAt(db, target.key, false);
    const adapter = ADAPTERS[target.source];
    if (last === undefined || now() - last >= adapter.minIntervalMs) return undefined;
    return (
      `its last run started at ${iso(last)} and ${adapter.name} asks for at most one request per ` +
      `${Math.round(adapter.minIntervalMs / 60_000)} min; next run allowed from ${iso(last + adapter.minIntervalMs)}`
    );
  };
  return async (target, run) => {
    const reason = reasonToWait(target);
    if (reason) {
      log(`[scheduler] ${target.key}: not started: ${reason}`);
      return undefined;
    }
    running.set(target.key, now());
    try {
      return await run();
    } finally {
      running.delete(target.key);
    }
  };
}
