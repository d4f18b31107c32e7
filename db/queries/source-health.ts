// Since when each source has been failing: the start of its first failed run after its last
// successful one (ok or partial). Skipped runs in between neither end nor start a failure.
import { and, eq, gt, min, sql } from 'drizzle-orm';
import { scrapeRuns } from '../schema';
import type { Db } from '../client';

export function readFailingSince(db: Db): Map<string, number> {
  // Correlated with the outer row's source: drizzle has no builder for that subquery.
  const lastOk = sql`coalesce((SELECT max(o.id) FROM scrape_runs o WHERE o.source_key = ${scrapeRuns.sourceKey} AND o.status IN ('ok', 'partial')), 0)`;
  const rows = db
    .select({ key: scrapeRuns.sourceKey, since: min(scrapeRuns.startedAt) })
    .from(scrapeRuns)
    .where(and(eq(scrapeRuns.status, 'failed'), gt(scrapeRuns.id, lastOk)))
    .groupBy(scrapeRuns.sourceKey)
    .all();
  return new Map(rows.flatMap((r) => (r.since === null ? [] : [[r.key, r.since] as const])));
}
