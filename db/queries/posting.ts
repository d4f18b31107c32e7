// One posting, whole, for its page.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { postings, type PostingRow } from '../schema';

/** The stored posting less what only the pipeline and search use. */
export type PostingDetail = Omit<PostingRow, 'searchTitle' | 'searchBody' | 'contentHash' | 'descriptionText' | 'skillMask'>;

export function getPosting(db: Db, publicId: string): PostingDetail | undefined {
  const row = db.select().from(postings).where(eq(postings.publicId, publicId)).get();
  if (!row) return undefined;
  const { searchTitle: _t, searchBody: _b, contentHash: _h, descriptionText: _d, skillMask: _m, ...detail } = row;
  return detail;
}
