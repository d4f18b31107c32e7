// Writing postings: one transaction per run, by (source, external id). Unchanged content only
// refreshes last-seen; a changed one is rewritten but keeps its first-seen time (and a posting
// date that was derived from a relative age).
import type { Statement } from 'better-sqlite3';
import type { NormalisedPosting } from '../../lib/postings/normalise';
import type { Db } from '../client';

export type UpsertCounts = { inserted: number; updated: number; unchanged: number };

type Existing = { id: number; content_hash: string; posted_at: number | null; closed_at: number | null; classifier_version: string };

const COLUMNS = [
  'public_id', 'source', 'source_key', 'external_id', 'url', 'apply_url', 'title', 'company', 'location',
  'description_html', 'description_text', 'language', 'posted_at', 'first_seen_at', 'last_seen_at', 'expires_at',
  'closed_at', 'salary', 'salary_min', 'salary_max', 'salary_currency', 'salary_period', 'hints', 'content_hash',
  'digital_marketing', 'engagement', 'workplace', 'skills', 'skill_mask', 'evidence', 'classifier_version',
  'search_title', 'search_body',
] as const;

function rowValues(p: NormalisedPosting, now: number, postedAt: number, closedAt: number | null): Record<string, unknown> {
  return {
    public_id: p.publicId, source: p.source, source_key: p.sourceKey, external_id: p.externalId, url: p.url,
    apply_url: p.applyUrl, title: p.title, company: p.company, location: p.location, description_html: p.descriptionHtml,
    description_text: p.descriptionText, language: p.language, posted_at: postedAt, first_seen_at: now, last_seen_at: now,
    expires_at: p.expiresAt, closed_at: closedAt, salary: p.salary, salary_min: p.salaryMin, salary_max: p.salaryMax,
    salary_currency: p.salaryCurrency, salary_period: p.salaryPeriod, hints: JSON.stringify(p.hints),
    content_hash: p.contentHash, digital_marketing: p.digitalMarketing ? 1 : 0, engagement: p.engagement,
    workplace: p.workplace, skills: JSON.stringify(p.skills), skill_mask: p.skillMask, evidence: JSON.stringify(p.evidence),
    classifier_version: p.classifierVersion, search_title: p.searchTitle, search_body: p.searchBody,
  };
}

type Statements = { find: Statement; insert: Statement; update: Statement; touch: Statement };
const cache = new WeakMap<object, Statements>();

function statements(db: Db): Statements {
  let s = cache.get(db.$client);
  if (!s) {
    const sqlite = db.$client;
    const updatable = COLUMNS.filter((c) => c !== 'first_seen_at' && c !== 'public_id' && c !== 'source' && c !== 'external_id');
    s = {
      find: sqlite.prepare('SELECT id, content_hash, posted_at, closed_at, classifier_version FROM postings WHERE source = ? AND external_id = ?'),
      insert: sqlite.prepare(`INSERT INTO postings (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`),
      update: sqlite.prepare(`UPDATE postings SET ${updatable.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`),
      touch: sqlite.prepare('UPDATE postings SET last_seen_at = ?, closed_at = ? WHERE id = ?'),
    };
    cache.set(db.$client, s);
  }
  return s;
}

/** Upserts one posting; call inside a transaction. Returns what happened to it. */
export function upsertPosting(db: Db, p: NormalisedPosting, now: number): keyof UpsertCounts {
  const s = statements(db);
  const existing = s.find.get(p.source, p.externalId) as Existing | undefined;
  const expired = p.expiresAt !== null && p.expiresAt <= now;
  const boardClosed = p.closedByBoard || expired;
  if (!existing) {
    s.insert.run(rowValues(p, now, p.postedAt ?? now, boardClosed ? now : null));
    return 'inserted';
  }
  // Seen again: open unless the board says it is over; keep the first close time if it is.
  const closedAt = boardClosed ? (existing.closed_at ?? now) : null;
  if (existing.content_hash === p.contentHash && existing.classifier_version === p.classifierVersion) {
    s.touch.run(now, closedAt, existing.id);
    return closedAt === existing.closed_at ? 'unchanged' : 'updated';
  }
  const postedAt = p.postedAtApproximate ? (existing.posted_at ?? p.postedAt ?? now) : (p.postedAt ?? existing.posted_at ?? now);
  const values = rowValues(p, now, postedAt, closedAt);
  delete values.first_seen_at;
  s.update.run({ ...values, id: existing.id });
  return 'updated';
}

/** Closes a source's open postings not seen for `closeAfterMs`, or past the board's expiry. */
export function closeStalePostings(db: Db, sourceKey: string, now: number, closeAfterMs: number): number {
  return db.$client
    .prepare(
      `UPDATE postings SET closed_at = ? WHERE source_key = ? AND closed_at IS NULL
         AND (last_seen_at < ? OR (expires_at IS NOT NULL AND expires_at <= ?))`,
    )
    .run(now, sourceKey, now - closeAfterMs, now).changes;
}

/** A 304: every open posting of the source is still there as it was. */
export function touchOpenPostings(db: Db, sourceKey: string, now: number): number {
  return db.$client.prepare('UPDATE postings SET last_seen_at = ? WHERE source_key = ? AND closed_at IS NULL').run(now, sourceKey).changes;
}

/** Caches of listing results are keyed by this: every write that changes what users see bumps it. */
export function bumpDataVersion(db: Db): void {
  db.$client
    .prepare(`INSERT INTO meta (key, value) VALUES ('data_version', '1')
              ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`)
    .run();
}

export function readDataVersion(db: Db): string {
  const row = db.$client.prepare("SELECT value FROM meta WHERE key = 'data_version'").get() as { value: string } | undefined;
  return row?.value ?? '0';
}
