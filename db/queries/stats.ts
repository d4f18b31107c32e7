// Figures for the skills and stats pages: open digital-marketing postings only.
import { SKILL_IDS, type SkillId } from '../../lib/taxonomy';
import type { Db } from '../client';

const OPEN_DM = 'digital_marketing = 1 AND closed_at IS NULL';
const WEEK = 7 * 24 * 60 * 60 * 1000;

export type Stats = {
  total: number;
  bySkill: Record<SkillId, number>;
  workplace: Record<string, number>;
  engagement: Record<string, number>;
  weekly: { weekStart: number; remote: number; hybrid: number; onsite: number; unknown: number }[];
};

export function readStats(db: Db, now: number, weeks = 12): Stats {
  const sqlite = db.$client;
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM postings WHERE ${OPEN_DM}`).get() as { n: number }).n;
  const sums = SKILL_IDS.map((_, i) => `sum((skill_mask & ${1 << i}) != 0)`).join(', ');
  const skillRow = sqlite.prepare(`SELECT ${sums} FROM postings WHERE ${OPEN_DM}`).raw().get() as (number | null)[];
  const group = (column: string) =>
    Object.fromEntries((sqlite.prepare(`SELECT ${column} AS v, count(*) AS n FROM postings WHERE ${OPEN_DM} GROUP BY ${column}`).all() as { v: string; n: number }[]).map((r) => [r.v, r.n]));
  // Weeks end at `now`; week 0 is the oldest shown.
  const start = now - weeks * WEEK;
  const rows = sqlite
    .prepare(`SELECT CAST((posted_at - ?) / ? AS INTEGER) AS w, workplace, count(*) AS n FROM postings WHERE ${OPEN_DM} AND posted_at >= ? AND posted_at <= ? GROUP BY w, workplace`)
    .all(start, WEEK, start, now) as { w: number; workplace: string; n: number }[];
  const weekly = Array.from({ length: weeks }, (_, i) => ({ weekStart: start + i * WEEK, remote: 0, hybrid: 0, onsite: 0, unknown: 0 }));
  for (const r of rows) {
    const bucket = weekly[Math.min(r.w, weeks - 1)];
    if (bucket && (r.workplace === 'remote' || r.workplace === 'hybrid' || r.workplace === 'onsite' || r.workplace === 'unknown')) bucket[r.workplace] += r.n;
  }
  return {
    total,
    bySkill: Object.fromEntries(SKILL_IDS.map((id, i) => [id, skillRow[i] ?? 0])) as Record<SkillId, number>,
    workplace: group('workplace'),
    engagement: group('engagement'),
    weekly,
  };
}

export type SourceStatus = {
  key: string; source: string; lastRunAt: number | null; nextRunAt: number | null; status: string | null; error: string | null;
  fetched: number; inserted: number; updated: number; invalid: number; detailFailed: number; openPostings: number; notes: string | null;
};

export function readSourceStatus(db: Db): SourceStatus[] {
  return (db.$client
    .prepare(
      `SELECT s.key, s.source, s.last_run_at AS lastRunAt, s.next_run_at AS nextRunAt, r.status, r.error, r.notes,
              coalesce(r.fetched, 0) AS fetched, coalesce(r.inserted, 0) AS inserted, coalesce(r.updated, 0) AS updated,
              coalesce(r.invalid, 0) AS invalid, coalesce(r.detail_failed, 0) AS detailFailed,
              (SELECT count(*) FROM postings p WHERE p.source_key = s.key AND p.closed_at IS NULL) AS openPostings
       FROM sources s LEFT JOIN scrape_runs r ON r.id = (SELECT max(id) FROM scrape_runs WHERE source_key = s.key)
       ORDER BY s.key`,
    )
    .all() as SourceStatus[]);
}
