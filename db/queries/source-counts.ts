// The sources page's "Open jobs": per source and per company board, the listed jobs open on it,
// counted as the listing filters by source (JOB_SOURCES), so that a job on two boards counts under
// both, as /?source=<id> lists it under both.
import { and, count, countDistinct, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { SOURCE_IDS } from '../../lib/sources';
import type { Db } from '../client';
import { groupMembers, jobGroups, postings } from '../schema';
import { LISTED } from './facet-sql';
import { JOB_SOURCES } from './job-sources';

/** Per source, the listed jobs open on it: what `/?source=<id>` lists, read from JOB_SOURCES itself
 *  (one pass, the listing's jobs grouped by their boards). */
export function countJobsPerSource(db: Db): Map<string, number> {
  const mask = JOB_SOURCES.as('mask');
  const rows = db
    .select({ mask, n: count() })
    .from(postings)
    .where(LISTED)
    .groupBy(sql`mask`)
    .all();
  return new Map(SOURCE_IDS.map((id, i) => [id, rows.reduce((sum, r) => ((r.mask >>> i) & 1 ? sum + r.n : sum), 0)]));
}

/** Per company board (`sourceKey`), the listed jobs open on it: each job on its card's board,
 *  and on the board of every other open copy of a group with more copies (as JOB_SOURCES reads
 *  them), each job once per board. */
export function countJobsPerBoard(db: Db): Map<string, number> {
  const counts = new Map<string, number>();
  const own = db.select({ board: postings.sourceKey, n: count() }).from(postings).where(LISTED).groupBy(postings.sourceKey).all();
  const copy = alias(postings, 'c');
  // The representative is "postings" itself, unaliased: LISTED names that table.
  const others = db
    .select({ board: copy.sourceKey, n: countDistinct(jobGroups.representativeId) })
    .from(jobGroups)
    .innerJoin(postings, eq(postings.id, jobGroups.representativeId))
    .innerJoin(groupMembers, eq(groupMembers.groupId, jobGroups.id))
    .innerJoin(copy, eq(copy.id, groupMembers.postingId))
    .where(and(gt(jobGroups.copies, 1), LISTED, isNull(copy.closedAt), ne(copy.sourceKey, postings.sourceKey)))
    .groupBy(copy.sourceKey)
    .all();
  for (const r of [...own, ...others]) counts.set(r.board, (counts.get(r.board) ?? 0) + r.n);
  return counts;
}
