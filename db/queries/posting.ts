// One posting, whole, for its page.
import { eq } from 'drizzle-orm';
import type { Evidence } from '../../lib/classifier/types';
import type { Db } from '../client';
import { closureOf, type Closure } from './closure';
import { payPlaceOf, type StoredPayPlace } from './pay-place';
import { postings, type PostingRow } from '../schema';

/** The stored posting less what only the pipeline and search use. */
export type PostingDetail = Omit<
  PostingRow,
  'searchTitle' | 'searchBody' | 'searchPlace' | 'contentHash' | 'descriptionText' | 'skillMask' | 'openTo' | 'evidence'
> &
  StoredPayPlace & {
    evidence: (Evidence & { location?: string[]; openTo?: string[]; pay?: string[] }) | null;
    /** Why it is closed and since when; null while open. */
    closure: Closure | null;
  };

export function getPosting(db: Db, publicId: string): PostingDetail | undefined {
  const row = db.select().from(postings).where(eq(postings.publicId, publicId)).get();
  if (!row) return undefined;
  const { searchTitle: _t, searchBody: _b, searchPlace: _p, contentHash: _h, descriptionText: _d, skillMask: _m, ...detail } = row;
  return { ...detail, ...payPlaceOf(row), closure: closureOf(row) };
}
