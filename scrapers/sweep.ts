// The daily sweep. What: closes every open posting not seen for RAQMI_CLOSE_AFTER_DAYS (or past
// its board's expiry), whatever its source's state. Why: closing also happens inside each
// successful run, but a source that keeps failing, or a company board removed from
// RAQMI_ATS_BOARDS, has no successful run, and its postings would stay open forever. When: once
// a day at 03:17 UTC (SWEEP_JOB.schedule), registered by the scheduler next to the scrapes.
import { closeUnseenPostings } from '../db/queries/sweep';
import type { Db } from '../db/client';

export type SweepDeps = { db: Db; now: () => number; closeAfterDays: number };

export function sweepUnseenPostings(deps: SweepDeps): number {
  return closeUnseenPostings(deps.db, deps.now(), deps.closeAfterDays * 24 * 60 * 60 * 1000);
}

/** What a scheduler (or worker) registers: a name, a UTC cron expression and the job. */
export const SWEEP_JOB = { name: 'sweep:close-unseen', schedule: '17 3 * * *', run: sweepUnseenPostings } as const;
