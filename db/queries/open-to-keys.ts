// The `posting_open_to` rows of a posting: the index behind the feeds' `open_to` filter. Written
// with the row by the upsert and by reclassify, whenever the classify stage decides openTo.
import { eq } from 'drizzle-orm';
import type { OpenTo } from '../../lib/place';
import { openToKeys } from '../../lib/postings/pay-place';
import type { Db } from '../client';
import { postingOpenTo } from '../schema';

/** `fresh`: a posting just inserted has no keys yet, so there is nothing to delete. */
export function writeOpenToKeys(db: Db, postingId: number, openTo: OpenTo | null, options: { fresh?: boolean } = {}): void {
  if (!options.fresh) db.delete(postingOpenTo).where(eq(postingOpenTo.postingId, postingId)).run();
  const keys = openToKeys(openTo);
  if (keys.length)
    db.insert(postingOpenTo)
      .values(keys.map((key) => ({ postingId, key })))
      .onConflictDoNothing()
      .run();
}
