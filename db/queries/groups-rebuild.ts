// `npm run groups -- --rebuild`: regroups a stored database after a rule change. Postings are
// replayed in the order ingest stored them (by id), through the same assignGroup, so the groups
// are the ones ingest would have made.
import { asc, count, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { groupMembers, jobGroups, postings } from '../schema';
import { assignGroup, forgetGroupingCache } from './groups';

const BATCH = 5_000;

export function rebuildGroups(db: Db): { postings: number; groups: number } {
  let total = 0;
  db.transaction((tx) => {
    tx.delete(groupMembers).run();
    tx.delete(jobGroups).run();
  });
  forgetGroupingCache(db);
  const columns = {
    id: postings.id,
    publicId: postings.publicId,
    source: postings.source,
    descriptionText: postings.descriptionText,
    closedAt: postings.closedAt,
    title: postings.title,
    company: postings.company,
    location: postings.location,
    searchTitle: postings.searchTitle,
    searchBody: postings.searchBody,
    firstSeenAt: postings.firstSeenAt,
  };
  for (let afterId = 0; ;) {
    const batch = db.select(columns).from(postings).where(gt(postings.id, afterId)).orderBy(asc(postings.id)).limit(BATCH).all();
    if (batch.length === 0) break;
    db.$client.transaction(() => {
      for (const p of batch) assignGroup(db, p, p, p.firstSeenAt);
    })();
    total += batch.length;
    afterId = batch[batch.length - 1]!.id;
  }
  const groups = db.select({ n: count() }).from(jobGroups).get()?.n ?? 0;
  return { postings: total, groups };
}
