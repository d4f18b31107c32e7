// Figures for the skills and stats pages (open digital-marketing postings only) and the sources page.
import { and, count, eq, gte, lte, max, sql } from 'drizzle-orm';
import { SKILL_IDS, type SkillId } from '../../lib/taxonomy';
import type { Db } from '../client';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { postings, scrapeRuns, sources } from '../schema';
import { LISTED } from './facet-sql';
import { countJobsPerBoard, countJobsPerSource } from './source-counts';
import { cachedPerVersion } from './version-cache';

const WEEK = 7 * 24 * 60 * 60 * 1000;
const WEEKLY_WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;

export type Stats = {
  total: number;
  bySkill: Record<SkillId, number>;
  workplace: Record<string, number>;
  engagement: Record<string, number>;
  weekly: { weekStart: number; remote: number; hybrid: number; onsite: number; unknown: number }[];
};

function countBy(db: Db, column: typeof postings.workplace | typeof postings.engagement): Record<string, number> {
  const rows = db.select({ v: column, n: count() }).from(postings).where(LISTED).groupBy(column).all();
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

function countSkills(db: Db): Record<SkillId, number> {
  const sums = Object.fromEntries(SKILL_IDS.map((id, i) => [id, sql<number>`coalesce(sum((${postings.skillMask} & ${1 << i}) != 0), 0)`]));
  return db.select(sums).from(postings).where(LISTED).get() as Record<SkillId, number>;
}

/** Per week ending at `now` (week 0 the oldest shown), the postings by workplace. */
function weeklyWorkplace(db: Db, now: number, weeks: number): Stats['weekly'] {
  const start = now - weeks * WEEK;
  const week = sql<number>`CAST((${postings.postedAt} - ${start}) / ${WEEK} AS INTEGER)`;
  const rows = db
    .select({ w: week, workplace: postings.workplace, n: count() })
    .from(postings)
    .where(and(LISTED, gte(postings.postedAt, start), lte(postings.postedAt, now)))
    .groupBy(week, postings.workplace)
    .all();
  const weekly = Array.from({ length: weeks }, (_, i) => ({ weekStart: start + i * WEEK, remote: 0, hybrid: 0, onsite: 0, unknown: 0 }));
  for (const r of rows) {
    const bucket = weekly[Math.min(r.w, weeks - 1)];
    if (bucket && (WEEKLY_WORKPLACES as readonly string[]).includes(r.workplace)) bucket[r.workplace] += r.n;
  }
  return weekly;
}

export function readStats(db: Db, now: number, weeks = 12): Stats {
  return {
    total: db.select({ n: count() }).from(postings).where(LISTED).get()?.n ?? 0,
    bySkill: countSkills(db),
    workplace: countBy(db, postings.workplace),
    engagement: countBy(db, postings.engagement),
    weekly: weeklyWorkplace(db, now, weeks),
  };
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
  return cachedPerVersion(db, 'stats', now, () => readStats(db, now));
}

/** The sources page's rows, computed once per data version and minute of the real clock (runs are real even in a replay). */
export function cachedSourceStatus(db: Db, now: number = Date.now()): SourceStatus[] {
  return cachedPerVersion(db, 'sources', now, () => readSourceStatus(db));
}
