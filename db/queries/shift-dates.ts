// Moves every stored time by `delta` ms: the demo's recordings are dated relative to today.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { fetchState, groupMembers, jobGroups, postings, scrapeRuns, sources } from '../schema';
import { bumpDataVersion } from './data-version';

export function shiftAllDates(db: Db, delta: number): void {
  const plus = (column: AnySQLiteColumn): SQL => sql`${column} + ${delta}`;
  db.transaction(() => {
    const p = postings;
    db.update(p)
      .set({
        postedAt: plus(p.postedAt),
        firstSeenAt: plus(p.firstSeenAt),
        lastSeenAt: plus(p.lastSeenAt),
        expiresAt: plus(p.expiresAt),
        closedAt: plus(p.closedAt),
      })
      .run();
    // A job's first sighting and closing are its group's (listings sorted by first sighting,
    // alert digests, the weekly chart): moved with its copies, or they keep the recordings' day.
    db.update(jobGroups)
      .set({ firstSeenAt: plus(jobGroups.firstSeenAt), closedAt: plus(jobGroups.closedAt) })
      .run();
    db.update(groupMembers)
      .set({ joinedAt: plus(groupMembers.joinedAt) })
      .run();
    db.update(scrapeRuns)
      .set({ startedAt: plus(scrapeRuns.startedAt), finishedAt: plus(scrapeRuns.finishedAt) })
      .run();
    db.update(sources)
      .set({ lastRunAt: plus(sources.lastRunAt), lastOkAt: plus(sources.lastOkAt) })
      .run();
    db.update(fetchState)
      .set({ lastFetchedAt: plus(fetchState.lastFetchedAt) })
      .run();
    bumpDataVersion(db);
  });
}
