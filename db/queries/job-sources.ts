// The boards a listed job is open on, as a bitmask (bit i = SOURCE_IDS[i]): what the `source`
// filter matches (lib/facets.ts). A job on several boards has one card, its group's representative,
// so the representative's own board alone missed the job on every other board it is open on.
// Computed as the query runs, never stored: the bits follow SOURCE_IDS as it is today, and a
// copy's closing needs no write elsewhere.
import { sql, type SQL } from 'drizzle-orm';
import { SOURCE_IDS } from '../../lib/sources';

/** A board's bit for a source column; NULL for a board the site no longer knows (matched by no filter). */
const bitOf = (column: SQL) =>
  sql.join([sql`CASE ${column}`, ...SOURCE_IDS.map((id, i) => sql`WHEN ${id} THEN ${1 << i}`), sql`END`], sql` `);

/** Every open copy's board, for a representative of a group with more copies: the sum of distinct
 *  bits is their OR. Written out with the tables named, like GROUP_FIRST_SEEN (groups.ts). */
const OPEN_COPIES_SOURCES = sql`(SELECT sum(DISTINCT ${bitOf(sql`c.source`)}) FROM job_groups g
  JOIN group_members m ON m.group_id = g.id JOIN postings c ON c.id = m.posting_id
  WHERE g.representative_id = "postings"."id" AND c.closed_at IS NULL)`;

/** For a listed posting (a representative, or a posting stored before grouping): the boards its
 *  job is open on. Most groups have one copy: their representative's board is read without a join
 *  (the IN list is built once per statement). */
export const JOB_SOURCES: SQL<number> = sql<number>`CASE WHEN "postings"."id" IN (SELECT representative_id FROM job_groups WHERE copies > 1)
  THEN ${OPEN_COPIES_SOURCES} ELSE ${bitOf(sql`"postings"."source"`)} END`;
