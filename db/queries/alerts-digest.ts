// The digest ledger. A digest row is committed as `sending`, together with the ledger rows of the
// jobs it carries, before the mail is handed to delivery; so whatever happens next (accepted,
// refused, or the process killed), those jobs are never mailed to that subscription again, except
// after a failure the mail server reported, which removes them so the next run retries.
import type { Filters } from '../../lib/filters';
import type { DigestJob } from '../../lib/alerts/digest';
import type { Db } from '../client';
import { and, desc, gt } from 'drizzle-orm';
import { postings } from '../schema';
import { listingWhere } from './facet-sql';

export type NewJob = DigestJob & { key: string; firstSeenAt: number };

/** Ledger key of a job: the posting today; a job group's id once grouping exists. */
export const itemKey = (publicId: string) => `p:${publicId}`;

const MAX_SCAN = 5000;

/** Open postings of a view first seen after `since`, newest first: queried once per distinct view. */
export function newPostingsForView(db: Db, filters: Filters, since: number, now: number): NewJob[] {
  const p = postings;
  const rows = db
    .select({ publicId: p.publicId, title: p.title, company: p.company, location: p.location, workplace: p.workplace, engagement: p.engagement, salary: p.salary, firstSeenAt: p.firstSeenAt })
    .from(p)
    .where(and(listingWhere(filters, now), gt(p.firstSeenAt, since)))
    .orderBy(desc(p.firstSeenAt), desc(p.postedAt), desc(p.id))
    .limit(MAX_SCAN)
    .all();
  return rows.map((r) => ({ ...r, key: itemKey(r.publicId) }));
}

export function sentKeys(db: Db, subscriptionId: number): Set<string> {
  const rows = db.$client.prepare('SELECT item_key FROM alert_sent WHERE subscription_id = ?').raw().all(subscriptionId) as [string][];
  return new Set(rows.map(([k]) => k));
}

/**
 * Commits a `sending` digest and claims its jobs in the ledger. Jobs another pass claimed in the
 * meantime are dropped (the ledger's key decides); null when none is left.
 */
export function beginDigest(db: Db, subscriptionId: number, keys: string[], now: number): { digestId: number; keys: Set<string> } | null {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const digestId = Number(sqlite.prepare("INSERT INTO alert_digests (subscription_id, state, jobs, created_at) VALUES (?, 'sending', 0, ?)").run(subscriptionId, now).lastInsertRowid);
    const claim = sqlite.prepare('INSERT OR IGNORE INTO alert_sent (subscription_id, item_key, digest_id) VALUES (?, ?, ?)');
    const claimed = new Set(keys.filter((k) => claim.run(subscriptionId, k, digestId).changes === 1));
    if (!claimed.size) {
      sqlite.prepare('DELETE FROM alert_digests WHERE id = ?').run(digestId);
      return null;
    }
    sqlite.prepare('UPDATE alert_digests SET jobs = ? WHERE id = ?').run(claimed.size, digestId);
    return { digestId, keys: claimed };
  })();
}

export function markDigestSent(db: Db, digestId: number, subscriptionId: number, now: number): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    sqlite.prepare("UPDATE alert_digests SET state = 'sent', finished_at = ? WHERE id = ?").run(now, digestId);
    sqlite.prepare('UPDATE alert_subscriptions SET last_digest_at = ?, checked_at = ? WHERE id = ?').run(now, now, subscriptionId);
  })();
}

/** The mail server refused or failed the mail: release its jobs so the next run sends them. */
export function markDigestFailed(db: Db, digestId: number, error: string, now: number): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM alert_sent WHERE digest_id = ?').run(digestId);
    sqlite.prepare("UPDATE alert_digests SET state = 'failed', finished_at = ?, error = ? WHERE id = ?").run(now, error.slice(0, 300), digestId);
  })();
}

export function markChecked(db: Db, subscriptionId: number, now: number): void {
  db.$client.prepare('UPDATE alert_subscriptions SET checked_at = ? WHERE id = ?').run(now, subscriptionId);
}

/**
 * Digests a previous process left in `sending` (it died between handing the mail over and
 * recording the answer): their fate is unknown, and their jobs stay claimed so they are not sent
 * twice. Only rows older than `olderThan` are touched, so a pass running now in another process
 * keeps its own.
 */
export function markUnknownDigests(db: Db, olderThan: number, now: number): number {
  return db.$client.prepare("UPDATE alert_digests SET state = 'unknown', finished_at = ? WHERE state = 'sending' AND created_at < ?").run(now, olderThan).changes;
}

export function digestStates(db: Db): Record<string, number> {
  const rows = db.$client.prepare('SELECT state, COUNT(*) AS n FROM alert_digests GROUP BY state').all() as { state: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}
