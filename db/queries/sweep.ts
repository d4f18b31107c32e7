// Closing postings whatever their source's state: a board that fails for months, or a company
// board removed from the configuration, never runs a successful scrape again, so the closing
// inside a run (closeStalePostings) never reaches its postings.
import type { Db } from '../client';
import { bumpDataVersion } from './upsert';

/** Closes every open posting not seen for `closeAfterMs` or past its board's expiry. */
export function closeUnseenPostings(db: Db, now: number, closeAfterMs: number): number {
  return db.$client.transaction(() => {
    const closed = db.$client
      .prepare(
        `UPDATE postings SET closed_at = ? WHERE closed_at IS NULL
           AND (last_seen_at < ? OR (expires_at IS NOT NULL AND expires_at <= ?))`,
      )
      .run(now, now - closeAfterMs, now).changes;
    if (closed > 0) bumpDataVersion(db);
    return closed;
  })();
}
