// The `posting_open_to` rows of a posting: the index behind the feeds' `open_to` filter. Written
// with the row by the upsert and by reclassify, whenever the classify stage decides openTo.
// Prepared once: the upsert runs this for every posting of a scrape.
import { eq, sql } from 'drizzle-orm';
import type { OpenTo } from '../../lib/place';
import { openToKeys } from '../../lib/postings/pay-place';
import type { Db } from '../client';
import { postingOpenTo } from '../schema';
import { preparedOnce } from './prepared';

const statements = (db: Db) => ({
  clear: db
    .delete(postingOpenTo)
    .where(eq(postingOpenTo.postingId, sql.placeholder('postingId')))
    .prepare(),
  add: db
    .insert(postingOpenTo)
    .values({ postingId: sql.placeholder('postingId'), key: sql.placeholder('key') } as never)
    .onConflictDoNothing()
    .prepare(),
});

/** `fresh`: a posting just inserted has no keys yet, so there is nothing to delete. */
export function writeOpenToKeys(db: Db, postingId: number, openTo: OpenTo | null, options: { fresh?: boolean } = {}): void {
  const s = preparedOnce(db, 'openToKeys', statements);
  if (!options.fresh) s.clear.run({ postingId });
  for (const key of openToKeys(openTo)) s.add.run({ postingId, key });
}
