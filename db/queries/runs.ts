// Scrape runs, source leases and per-URL fetch state.
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lte, max, min, ne, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { fetchState, scrapeRuns, sources, type RunStatus } from '../schema';

/** What one run did to its source's postings: the run row's counters. */
export type RunCounts = {
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  detailFailed: number;
  closed: number;
};

export type RunFinish = RunCounts & {
  status: Exclude<RunStatus, 'running'>;
  error?: string | null;
  notes?: string | null;
};

const SUCCEEDED: RunStatus[] = ['ok', 'partial'];

export function ensureSource(db: Db, key: string, source: string): void {
  db.insert(sources).values({ key, source }).onConflictDoNothing().run();
}

/** Commits a `running` row at once, so a run that dies leaves a trace. */
export function startRun(db: Db, key: string, now: number, replay: boolean): number {
  return db.insert(scrapeRuns).values({ sourceKey: key, startedAt: now, status: 'running', replay }).returning({ id: scrapeRuns.id }).get()
    .id;
}

export function finishRun(db: Db, runId: number, now: number, r: RunFinish): void {
  const { status, fetched, inserted, updated, unchanged, invalid, detailFailed, closed } = r;
  const run = db
    .update(scrapeRuns)
    .set({
      finishedAt: now,
      status,
      fetched,
      inserted,
      updated,
      unchanged,
      invalid,
      detailFailed,
      closed,
      error: r.error ?? null,
      notes: r.notes ?? null,
    })
    .where(eq(scrapeRuns.id, runId))
    .returning({ sourceKey: scrapeRuns.sourceKey })
    .get();
  if (!run) return;
  db.update(sources)
    .set({ lastRunAt: now, ...(SUCCEEDED.includes(status) ? { lastOkAt: now } : {}) })
    .where(eq(sources.key, run.sourceKey))
    .run();
}

/** A lease stops two processes from scraping one source at once. */
export function acquireLease(db: Db, key: string, owner: string, now: number, ttlMs: number): boolean {
  const free = or(
    isNull(sources.leaseOwner),
    isNull(sources.leaseExpiresAt),
    lte(sources.leaseExpiresAt, now),
    eq(sources.leaseOwner, owner),
  );
  return (
    db
      .update(sources)
      .set({ leaseOwner: owner, leaseExpiresAt: now + ttlMs })
      .where(and(eq(sources.key, key), free))
      .run().changes === 1
  );
}

/** Extends a lease this owner still holds; false when another process has taken it. */
export function renewLease(db: Db, key: string, owner: string, now: number, ttlMs: number): boolean {
  return (
    db
      .update(sources)
      .set({ leaseExpiresAt: now + ttlMs })
      .where(and(eq(sources.key, key), eq(sources.leaseOwner, owner)))
      .run().changes === 1
  );
}

export function releaseLease(db: Db, key: string, owner: string): void {
  db.update(sources)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(sources.key, key), eq(sources.leaseOwner, owner)))
    .run();
}

/** A `running` row whose source lease has expired (or was never taken) belongs to a dead process. */
export function failStaleRuns(db: Db, now: number): number {
  const leased = db
    .select({ one: sql`1` })
    .from(sources)
    .where(and(eq(sources.key, scrapeRuns.sourceKey), isNotNull(sources.leaseOwner), gt(sources.leaseExpiresAt, now)));
  return db
    .update(scrapeRuns)
    .set({ status: 'failed', finishedAt: now, error: 'stopped' })
    .where(and(eq(scrapeRuns.status, 'running'), notExists(leased)))
    .run().changes;
}

/** The count of postings the last successful run fetched: the baseline for layout-change checks. */
export function previousFetchedCount(db: Db, key: string): number | undefined {
  return db
    .select({ fetched: scrapeRuns.fetched })
    .from(scrapeRuns)
    .where(and(eq(scrapeRuns.sourceKey, key), inArray(scrapeRuns.status, SUCCEEDED)))
    .orderBy(desc(scrapeRuns.id))
    .limit(1)
    .get()?.fetched;
}

/** When the last run of a target started, of the runs that went to the board (not the skipped
 *  ones) and were live or replays as asked: what the scheduler keeps a board's minimum interval
 *  from, whether that run got an answer or not. */
export function lastRunStartedAt(db: Db, key: string, replay: boolean): number | undefined {
  return (
    db
      .select({ at: max(scrapeRuns.startedAt) })
      .from(scrapeRuns)
      .where(and(eq(scrapeRuns.sourceKey, key), ne(scrapeRuns.status, 'skipped'), eq(scrapeRuns.replay, replay)))
      .get()?.at ?? undefined
  );
}

export type FetchStateRow = { url: string; lastFetchedAt: number | null; etag: string | null; lastModified: string | null };

export function readFetchState(db: Db, url: string): FetchStateRow | undefined {
  const { url: u, lastFetchedAt, etag, lastModified } = fetchState;
  return db.select({ url: u, lastFetchedAt, etag, lastModified }).from(fetchState).where(eq(fetchState.url, url)).get();
}

export function writeFetchState(db: Db, key: string, url: string, now: number, etag: string | null, lastModified: string | null): void {
  db.insert(fetchState)
    .values({ url, sourceKey: key, lastFetchedAt: now, etag, lastModified })
    .onConflictDoUpdate({ target: fetchState.url, set: { lastFetchedAt: now, etag, lastModified } })
    .run();
}

export function setNextRun(db: Db, key: string, at: number | null): void {
  db.update(sources).set({ nextRunAt: at }).where(eq(sources.key, key)).run();
}

/** All runs so far: when the first started, when the last finished, how many are still running (the bench's scrape window). */
export function runSpan(db: Db): { runs: number; running: number; firstStartedAt: number | null; lastFinishedAt: number | null } {
  const row = db
    .select({
      runs: count(),
      running: sql<number>`coalesce(sum(${scrapeRuns.status} = 'running'), 0)`,
      firstStartedAt: min(scrapeRuns.startedAt),
      lastFinishedAt: max(scrapeRuns.finishedAt),
    })
    .from(scrapeRuns)
    .get();
  return row ?? { runs: 0, running: 0, firstStartedAt: null, lastFinishedAt: null };
}
