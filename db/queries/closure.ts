// Why a posting is closed, read from the times the writers already store: no reason column is
// needed, because each way of closing leaves its own mark.
//   - upsertPosting closes a posting it sees when the board marks it closed or its expiry has
//     passed; a posting seen open again is reopened (closed_at NULL). So a closed posting seen at
//     or after its closing was, at that sighting, expired or marked closed by the board.
//   - closeStalePostings (a run) and closeUnseenPostings (the daily sweep) close a posting past its
//     expiry, or not seen for RAQMI_CLOSE_AFTER_DAYS: then last_seen_at < closed_at, and no later
//     sighting moved it (a 304 touches open postings only).
// The sweep also closes the postings of a board that keeps failing, so an unseen posting is said
// to be "not seen on the board since", never "removed by the board": that is all we know.
import type { ClosedReason } from '../../lib/i18n';

/** The reason and its date: the board's expiry; the first scrape that saw the board's closed mark;
 *  or the last time the posting was seen on the board. */
export type Closure = { reason: ClosedReason; date: number };

type Times = { closedAt: number | null; lastSeenAt: number; expiresAt: number | null };

export function closureOf({ closedAt, lastSeenAt, expiresAt }: Times): Closure | null {
  if (closedAt === null) return null;
  // The expiry had passed when it was closed, or at a later sighting that kept it closed.
  if (expiresAt !== null && expiresAt <= Math.max(closedAt, lastSeenAt)) return { reason: 'expired', date: expiresAt };
  // Seen since it closed and not expired: only the board's own closed mark keeps it closed.
  if (lastSeenAt >= closedAt) return { reason: 'board', date: closedAt };
  return { reason: 'unlisted', date: lastSeenAt };
}
