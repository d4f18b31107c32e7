// The demo's recordings are dated relative to today (shiftAllDates). Regression: the postings were
// moved and their job groups were not, so on a demo loaded weeks after its recordings every job
// was "first seen" on the day of the recordings: /?sort=first_seen, alert digests (new since the
// last one) and the weekly chart of /stats read a job's first sighting from its group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { seededDb } from '../helpers/seeded';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now() - 90 * DAY;
let db: Db;
let cleanup: () => void;

beforeAll(async () => {
  ({ db, cleanup } = await seededDb(NOW));
});
afterAll(() => cleanup());

describe('shiftAllDates', () => {
  it('moves job groups with their postings: a job is first seen when its earliest copy was', () => {
    const groups = db.$client
      .prepare(
        `SELECT g.id, g.first_seen_at AS seen, min(p.first_seen_at) AS copies
           FROM job_groups g JOIN group_members m ON m.group_id = g.id JOIN postings p ON p.id = m.posting_id
          GROUP BY g.id`,
      )
      .all() as { id: number; seen: number; copies: number }[];
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.filter((g) => g.seen !== g.copies)).toEqual([]);
    expect(Math.max(...groups.map((g) => g.seen))).toBeLessThanOrEqual(NOW);
    expect(Math.max(...groups.map((g) => g.seen))).toBeGreaterThan(NOW - 7 * DAY);
  });

  it('closes a group when its last copy closed, at the moved time', () => {
    const closed = db.$client
      .prepare(
        `SELECT g.id, g.closed_at AS closed, max(p.closed_at) AS copies, count(p.closed_at) = count(*) AS allClosed
           FROM job_groups g JOIN group_members m ON m.group_id = g.id JOIN postings p ON p.id = m.posting_id
          WHERE g.closed_at IS NOT NULL GROUP BY g.id`,
      )
      .all() as { id: number; closed: number; copies: number; allClosed: number }[];
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.filter((g) => !g.allClosed || g.closed !== g.copies)).toEqual([]);
  });
});
