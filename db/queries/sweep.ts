// Closing postings whatever their source's state: a board that fails for months, or a company
// board removed from the configuration, never runs a successful scrape again, so the closing
// inside a run (closeStalePostings) never reaches its postings.
import { and, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import { postings } from '../schema';
import type { Db } from '../client';
import { bumpDataVersion } from './data-version';

/** Closes every open posting not seen for `closeAfterMs` or past its board's expiry. */
export function closeUnseenPostings(db: Db, now: number, closeAfterMs: number): number {
  return db.transaction(() => {
    const stale = or(lt(postings.lastSeenAt, now - closeAfterMs), and(isNotNull(postings.expiresAt), lte(postings.expiresAt, now)));
    const closed = db
      .update(postings)
      .set({ closedAt: now })
      .where(and(isNull(postings.closedAt), stale))
      .run().changes;
    if (closed > 0) bumpDataVersion(db);
    return closed;
  });
}
