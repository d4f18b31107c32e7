// Figures for the skills and stats pages (open digital-marketing postings only) and the sources page.
import { count, eq, max, sql } from 'drizzle-orm';
import { SKILL_IDS, type SkillId } from '../../lib/taxonomy';
import type { Db } from '../client';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { postings, scrapeRuns, sources } from '../schema';
import { LISTED } from './facet-sql';
import { readOpenToStats, readPayRanges, type OpenToStats, type PayRange } from './pay-place-stats';
import { countJobsPerBoard, countJobsPerSource } from './source-counts';
import { readWeeklyFirstSeen, readWorkMatrix, type WeekRow, type WorkMatrix } from './stats-charts';
import { cachedPerVersion } from './version-cache';

export type Stats = {
  total: number;
  bySkill: Record<SkillId, number>;
  workplace: Record<string, number>;
  engagement: Record<string, number>;
  /** The stats page's charts and tables: engagement × workplace, jobs first seen per week, who may
   *  take the remote jobs, pay stated. */
  matrix: WorkMatrix;
  weeklyFirstSeen: WeekRow[];
  openTo: OpenToStats;
  pay: PayRange[];
};

function countBy(db: Db, column: typeof postings.workplace | typeof postings.engagement): Record<string, number> {
  const rows = db.select({ v: column, n: count() }).from(postings).where(LISTED).groupBy(column).all();
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

function countSkills(db: Db): Record<SkillId, number> {
  const sums = Object.fromEntries(SKILL_IDS.map((id, i) => [id, sql<number>`coalesce(sum((${postings.skillMask} & ${1 << i}) != 0), 0)`]));
  return db.select(sums).from(postings).where(LISTED).get() as Record<SkillId, number>;
}

/** Every figure of the stats and skills pages, read in one transaction: one snapshot of the data,
 *  so the tables and charts of a page agree even while a writer commits between the reads. */
export function readStats(db: Db): Stats {
  return db.transaction(() => ({
    total: db.select({ n: count() }).from(postings).where(LISTED).get()?.n ?? 0,
    bySkill: countSkills(db),
    workplace: countBy(db, postings.workplace),
    engagement: countBy(db, postings.engagement),
    matrix: readWorkMatrix(db),
    weeklyFirstSeen: readWeeklyFirstSeen(db),
    openTo: readOpenToStats(db),
    pay: readPayRanges(db),
  }));
}

export type SourceStatus = {
  key: string;
  source: string;
  lastRunAt: number | null;
  nextRunAt: number | null;
  status: string | null;
  error: string | null;
  fetched: number;
  inserted: number;
  updated: number;
  invalid: number;
  detailFailed: number;
  /** The listing's jobs open on this row's board (`sourceKey`), a job on two boards under both. */
  openPostings: number;
  /** The listing's jobs open on the whole source, every company board of it together: what
   *  `/?source=<source>` shows. */
  sourceOpenPostings: number;
  notes: string | null;
};

export function readSourceStatus(db: Db): SourceStatus[] {
  const latestRun = db
    .select({ id: max(scrapeRuns.id) })
    .from(scrapeRuns)
    .where(eq(scrapeRuns.sourceKey, sources.key));
  const zero = (column: AnySQLiteColumn) => sql<number>`coalesce(${column}, 0)`;
  const rows = db
    .select({
      key: sources.key,
      source: sources.source,
      lastRunAt: sources.lastRunAt,
      nextRunAt: sources.nextRunAt,
      status: scrapeRuns.status,
      error: scrapeRuns.error,
      notes: scrapeRuns.notes,
      fetched: zero(scrapeRuns.fetched),
      inserted: zero(scrapeRuns.inserted),
      updated: zero(scrapeRuns.updated),
      invalid: zero(scrapeRuns.invalid),
      detailFailed: zero(scrapeRuns.detailFailed),
    })
    .from(sources)
    .leftJoin(scrapeRuns, eq(scrapeRuns.id, sql`(${latestRun})`))
    .orderBy(sources.key)
    .all();
  // Counted as the listing filters by source (source-counts.ts), so a figure and the listing it
  // links to agree.
  const perBoard = countJobsPerBoard(db);
  const perSource = countJobsPerSource(db);
  return rows.map((r) => ({ ...r, openPostings: perBoard.get(r.key) ?? 0, sourceOpenPostings: perSource.get(r.source) ?? 0 }));
}

/** The stats and skills pages' figures, computed once per data version (and minute). */
export function cachedStats(db: Db, now: number): Stats {
  return cachedPerVersion(db, 'stats', now, () => readStats(db));
}

/** The sources page's rows, computed once per data version and minute of the real clock (runs are real even in a replay). */
export function cachedSourceStatus(db: Db, now: number = Date.now()): SourceStatus[] {
  return cachedPerVersion(db, 'sources', now, () => readSourceStatus(db));
}
