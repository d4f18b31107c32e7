// Public ids of the newest open digital-marketing postings, for /sitemap.xml.
import type { Db } from '../client';

export function openPostingIds(db: Db, limit: number): { publicId: string; lastSeenAt: number }[] {
  return db.$client
    .prepare(
      'SELECT public_id AS publicId, last_seen_at AS lastSeenAt FROM postings WHERE digital_marketing = 1 AND closed_at IS NULL ORDER BY posted_at DESC LIMIT ?',
    )
    .all(limit) as { publicId: string; lastSeenAt: number }[];
}
