// Figures for the stats charts: the article's two ways of working as a matrix, and jobs first
// seen per week over weeks that follow the data (ending at the newest posting, not at today, so
// the chart is never an empty frame while there are postings).
import type { Db } from '../client';

const OPEN_DM = 'digital_marketing = 1 AND closed_at IS NULL';
const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

export type WorkMatrix = Record<'freelance' | 'employee' | 'unknown', Record<'remote' | 'hybrid' | 'onsite' | 'unknown', number>>;
export type WeekRow = { weekStart: number; remote: number; hybrid: number; onsite: number; unknown: number };

export function readWorkMatrix(db: Db): WorkMatrix {
  const empty = () => ({ remote: 0, hybrid: 0, onsite: 0, unknown: 0 });
  const matrix: WorkMatrix = { freelance: empty(), employee: empty(), unknown: empty() };
  const rows = db.$client
    .prepare(`SELECT engagement AS e, workplace AS w, count(*) AS n FROM postings WHERE ${OPEN_DM} GROUP BY e, w`)
    .all() as { e: string; w: string; n: number }[];
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
  const newest = (db.$client.prepare(`SELECT max(first_seen_at) AS t FROM postings WHERE ${OPEN_DM}`).get() as { t: number | null }).t;
  if (newest === null) return [];
  const start = weekStartOf(newest) - (weeks - 1) * WEEK;
  const rows = db.$client
    .prepare(
      `SELECT CAST((first_seen_at - ?) / ? AS INTEGER) AS w, workplace, count(*) AS n FROM postings WHERE ${OPEN_DM} AND first_seen_at >= ? GROUP BY w, workplace`,
    )
    .all(start, WEEK, start) as { w: number; workplace: string; n: number }[];
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
