// Moves every stored time by `delta` ms: the demo's recordings are dated relative to today.
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { fetchState, postings, scrapeRuns, sources } from '../schema';
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
