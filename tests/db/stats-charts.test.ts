import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWeeklyFirstSeen, readWorkMatrix, weekStartOf } from '../../db/queries/stats-charts';
import type { Db } from '../../db/client';
import { seededDb } from '../helpers/seeded';

const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let cleanup: () => void;

beforeAll(async () => {
  // Postings first seen half a year ago: a window ending today would be empty.
  const seeded = await seededDb(Date.now() - 180 * DAY);
  db = seeded.db;
  cleanup = seeded.cleanup;
});
afterAll(() => cleanup());

/** The jobs the listing shows, written out apart from the site's code: open digital-marketing
 *  postings but the copies of a job whose card is another board's, each first seen when its job
 *  group was. */
const openDm = () =>
  db.$client
    .prepare(
      `SELECT p.engagement, p.workplace, coalesce(g.first_seen_at, p.first_seen_at) AS seen
         FROM postings p LEFT JOIN group_members m ON m.posting_id = p.id LEFT JOIN job_groups g ON g.id = m.group_id
        WHERE p.digital_marketing = 1 AND p.closed_at IS NULL AND NOT coalesce(m.is_copy, 0)`,
    )
    .all() as { engagement: string; workplace: string; seen: number }[];

describe('stats charts', () => {
  it('counts jobs first seen per week over weeks that end at the newest posting, never an empty frame', () => {
    const weeks = readWeeklyFirstSeen(db);
    expect(weeks).toHaveLength(12);
    const rows = openDm();
    const newest = Math.max(...rows.map((r) => r.seen));
    expect(weeks[11]!.weekStart).toBe(weekStartOf(newest));
    const inRange = rows.filter((r) => r.seen >= weeks[0]!.weekStart).length;
    expect(weeks.reduce((s, w) => s + w.remote + w.hybrid + w.onsite + w.unknown, 0)).toBe(inRange);
    expect(inRange).toBeGreaterThan(0);
  });

  it('starts weeks on Monday, UTC', () => {
    expect(new Date(weekStartOf(Date.UTC(2026, 11, 4, 15))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(new Date(weekStartOf(Date.UTC(2026, 10, 30, 0))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('fills the engagement × workplace matrix as the postings say', () => {
    const matrix = readWorkMatrix(db);
    for (const e of ['freelance', 'employee', 'unknown'] as const) {
      for (const w of ['remote', 'hybrid', 'onsite', 'unknown'] as const) {
        expect([e, w, matrix[e][w]]).toEqual([e, w, openDm().filter((r) => r.engagement === e && r.workplace === w).length]);
      }
    }
  });
});
