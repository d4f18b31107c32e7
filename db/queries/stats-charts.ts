// Figures for the stats charts: the article's two ways of working as a matrix, and jobs first
// seen per week over weeks that follow the data (ending at the newest posting, not at today, so
// the chart is never an empty frame while there are postings). Both count what the listing lists
// (LISTED: one card per job group, never each board's copy), so a cell is the number of cards
// its link opens, and a job is first seen when its group was (what `sort=first_seen` orders by).
import { and, count, gte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { postings } from '../schema';
import { LISTED } from './facet-sql';
import { GROUP_FIRST_SEEN } from './groups';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

export type WorkMatrix = Record<'freelance' | 'employee' | 'unknown', Record<'remote' | 'hybrid' | 'onsite' | 'unknown', number>>;
export type WeekRow = { weekStart: number; remote: number; hybrid: number; onsite: number; unknown: number };

export function readWorkMatrix(db: Db): WorkMatrix {
  const empty = () => ({ remote: 0, hybrid: 0, onsite: 0, unknown: 0 });
  const matrix: WorkMatrix = { freelance: empty(), employee: empty(), unknown: empty() };
  const rows = db
    .select({ e: postings.engagement, w: postings.workplace, n: count() })
    .from(postings)
    .where(LISTED)
    .groupBy(postings.engagement, postings.workplace)
    .all();
  for (const r of rows) {
    const row = matrix[r.e as keyof WorkMatrix];
    if (row && r.w in row) row[r.w as keyof typeof row] += r.n;
  }
  return matrix;
}

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStartOf(ms: number): number {
  const day = Math.floor(ms / DAY);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday: Monday = 0
  return (day - weekday) * DAY;
}

export function readWeeklyFirstSeen(db: Db, weeks = 12): WeekRow[] {
  // drizzle's max() reads an expression's result back as text: this one is a time.
  const latest = sql<number | null>`max(${GROUP_FIRST_SEEN})`;
  const newest = db.select({ t: latest }).from(postings).where(LISTED).get()?.t ?? null;
  if (newest === null) return [];
  const start = weekStartOf(newest) - (weeks - 1) * WEEK;
  const week = sql<number>`CAST((${GROUP_FIRST_SEEN} - ${start}) / ${WEEK} AS INTEGER)`;
  const rows = db
    .select({ w: week, workplace: postings.workplace, n: count() })
    .from(postings)
    .where(and(LISTED, gte(GROUP_FIRST_SEEN, start)))
    .groupBy(week, postings.workplace)
    .all();
  const out: WeekRow[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: start + i * WEEK,
    remote: 0,
    hybrid: 0,
    onsite: 0,
    unknown: 0,
  }));
  for (const r of rows) {
    const bucket = out[r.w];
    if (bucket && (r.workplace === 'remote' || r.workplace === 'hybrid' || r.workplace === 'onsite' || r.workplace === 'unknown'))
      bucket[r.workplace] += r.n;
  }
  return out;
}
