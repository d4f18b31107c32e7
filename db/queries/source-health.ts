// Since when each source has been failing: the start of its first failed run after its last
// successful one (ok or partial). Skipped runs in between neither end nor start a failure.
import type { Db } from '../client';

export function readFailingSince(db: Db): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT r.source_key AS key, min(r.started_at) AS since FROM scrape_runs r
       WHERE r.status = 'failed' AND r.id > coalesce(
         (SELECT max(o.id) FROM scrape_runs o WHERE o.source_key = r.source_key AND o.status IN ('ok', 'partial')), 0)
       GROUP BY r.source_key`,
    )
    .all() as { key: string; since: number }[];
  return new Map(rows.map((r) => [r.key, r.since]));
}
