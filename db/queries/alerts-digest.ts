// The digest ledger. A digest row is committed as `sending`, together with the ledger rows of the
// jobs it carries, before the mail is handed to delivery; so whatever happens next (accepted,
// refused, or the process killed), those jobs are never mailed to that subscription again, except
// after a failure the mail server reported, which removes them so the next run retries.
import type { Filters } from '../../lib/filters';
import type { DigestJob } from '../../lib/alerts/digest';
import type { Db } from '../client';
import { and, count, desc, eq, gt, lt } from 'drizzle-orm';
import { alertDigests, alertSent, alertSubscriptions, groupMembers, postings } from '../schema';
import { listingWhere } from './facet-sql';
import { GROUP_FIRST_SEEN } from './groups';
import { PAY_PLACE_COLUMNS, payPlaceOf } from './pay-place';

export type NewJob = DigestJob & { key: string; firstSeenAt: number };

/**
 * Ledger key of a job: its group (the same job on several boards, or reposted) once grouped, so
 * a copy that becomes the group's representative is not news; a posting stored before grouping
 * is its own job.
 */
export const itemKey = (groupId: number | null, publicId: string) => (groupId === null ? `p:${publicId}` : `g:${groupId}`);

const MAX_SCAN = 5000;

/**
 * Open jobs of a view (one per group: the listing's condition) whose group was first seen after
 * `since`, newest first: queried once per distinct view.
 */
export function newPostingsForView(db: Db, filters: Filters, since: number, now: number): NewJob[] {
  const p = postings;
  const rows = db
    .select({
      publicId: p.publicId,
      title: p.title,
      company: p.company,
      location: p.location,
      workplace: p.workplace,
      engagement: p.engagement,
      salary: p.salary,
      ...PAY_PLACE_COLUMNS,
      firstSeenAt: GROUP_FIRST_SEEN,
      groupId: groupMembers.groupId,
    })
    .from(p)
    .leftJoin(groupMembers, eq(groupMembers.postingId, p.id))
    .where(and(listingWhere(filters, now), gt(GROUP_FIRST_SEEN, since)))
    .orderBy(desc(GROUP_FIRST_SEEN), desc(p.postedAt), desc(p.id))
    .limit(MAX_SCAN)
    .all();
  return rows.map(({ groupId, country, city, openTo, payMin, payMax, payCurrency, payPeriod, ...r }) => {
    const { pay } = payPlaceOf({ country, city, openTo, payMin, payMax, payCurrency, payPeriod });
    return { ...r, country, city, pay, key: itemKey(groupId, r.publicId) };
  });
}

export function sentKeys(db: Db, subscriptionId: number): Set<string> {
  const rows = db.select({ key: alertSent.itemKey }).from(alertSent).where(eq(alertSent.subscriptionId, subscriptionId)).all();
  return new Set(rows.map((r) => r.key));
}

/**
 * Commits a `sending` digest and claims its jobs in the ledger. Jobs another pass claimed in the
 * meantime are dropped (the ledger's key decides); null when none is left.
 */
export function beginDigest(db: Db, subscriptionId: number, keys: string[], now: number): { digestId: number; keys: Set<string> } | null {
  return db.transaction((tx) => {
    const digestId = tx
      .insert(alertDigests)
      .values({ subscriptionId, state: 'sending', jobs: 0, createdAt: now })
      .returning({ id: alertDigests.id })
      .get().id;
    const claimed = new Set(
      keys.filter(
        (itemKey) => tx.insert(alertSent).values({ subscriptionId, itemKey, digestId }).onConflictDoNothing().run().changes === 1,
      ),
    );
    if (!claimed.size) {
      tx.delete(alertDigests).where(eq(alertDigests.id, digestId)).run();
      return null;
    }
    tx.update(alertDigests).set({ jobs: claimed.size }).where(eq(alertDigests.id, digestId)).run();
    return { digestId, keys: claimed };
  });
}

export function markDigestSent(db: Db, digestId: number, subscriptionId: number, now: number): void {
  db.transaction((tx) => {
    tx.update(alertDigests).set({ state: 'sent', finishedAt: now }).where(eq(alertDigests.id, digestId)).run();
    tx.update(alertSubscriptions).set({ lastDigestAt: now, checkedAt: now }).where(eq(alertSubscriptions.id, subscriptionId)).run();
  });
}

/** The mail server refused or failed the mail: release its jobs so the next run sends them. */
export function markDigestFailed(db: Db, digestId: number, error: string, now: number): void {
  db.transaction((tx) => {
    tx.delete(alertSent).where(eq(alertSent.digestId, digestId)).run();
    tx.update(alertDigests)
      .set({ state: 'failed', finishedAt: now, error: error.slice(0, 300) })
      .where(eq(alertDigests.id, digestId))
      .run();
  });
}

export function markChecked(db: Db, subscriptionId: number, now: number): void {
  db.update(alertSubscriptions).set({ checkedAt: now }).where(eq(alertSubscriptions.id, subscriptionId)).run();
}

/**
 * Digests a previous process left in `sending` (it died between handing the mail over and
 * recording the answer): their fate is unknown, and their jobs stay claimed so they are not sent
 * twice. Only rows older than `olderThan` are touched, so a pass running now in another process
 * keeps its own.
 */
export function markUnknownDigests(db: Db, olderThan: number, now: number): number {
  return db
    .update(alertDigests)
    .set({ state: 'unknown', finishedAt: now })
    .where(and(eq(alertDigests.state, 'sending'), lt(alertDigests.createdAt, olderThan)))
    .run().changes;
}

export function digestStates(db: Db): Record<string, number> {
  const rows = db.select({ state: alertDigests.state, n: count() }).from(alertDigests).groupBy(alertDigests.state).all();
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}
