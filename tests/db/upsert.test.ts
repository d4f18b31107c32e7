// Upsert, closing and public ids on a real temporary SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStalePostings, upsertPosting } from '../../db/queries/upsert';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { publicIdOf } from '../../lib/postings/identity';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');

const raw = (over: Partial<SourcePosting> = {}): SourcePosting => ({
  externalId: 'job-1',
  url: 'https://remotive.com/remote-jobs/marketing/job-1?utm_source=feed',
  title: 'SEO Specialist',
  company: 'Acme',
  descriptionHtml: '<p>Own SEO for our website.</p>',
  postedAt: '2026-10-30T10:00:00Z',
  hints: { remote: true },
  ...over,
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const put = (r: SourcePosting, now: number) => upsertPosting(t.db, preparePosting(r, { source: 'remotive', sourceKey: 'remotive' }), now);
  const row = (id = 'job-1') =>
    t.db.$client.prepare('SELECT * FROM postings WHERE external_id = ?').get(id) as Record<string, number | string | null>;
  return { t, put, row };
}

describe('upsertPosting', () => {
  it('inserts, then reports an identical posting as unchanged and only moves last-seen', () => {
    const { put, row } = setup();
    expect(put(raw(), T0)).toBe('inserted');
    expect(put(raw(), T0 + DAY)).toBe('unchanged');
    expect(row()).toMatchObject({ first_seen_at: T0, last_seen_at: T0 + DAY });
  });

  it('rewrites a changed posting but keeps when it was first seen', () => {
    const { put, row } = setup();
    put(raw(), T0);
    expect(put(raw({ title: 'Senior SEO Specialist' }), T0 + DAY)).toBe('updated');
    expect(row()).toMatchObject({ title: 'Senior SEO Specialist', first_seen_at: T0 });
  });

  it('keeps the first computed date of a posting whose date came from a relative age', () => {
    const { put, row } = setup();
    put(raw({ postedAt: new Date(T0 - 2 * DAY), postedAtApproximate: true }), T0);
    // Seen a day later, "2 days ago" now computes to a later date: the stored one stays.
    expect(put(raw({ postedAt: new Date(T0 - DAY), postedAtApproximate: true }), T0 + DAY)).toBe('unchanged');
    expect(row().posted_at).toBe(T0 - 2 * DAY);
  });

  it('stores canonical URLs without tracking parameters', () => {
    const { put, row } = setup();
    put(raw(), T0);
    expect(row().url).toBe('https://remotive.com/remote-jobs/marketing/job-1');
  });

  it('derives the public id from (source, external id) alone', () => {
    const { put, row } = setup();
    put(raw(), T0);
    expect(row().public_id).toBe(publicIdOf('remotive', 'job-1'));
    expect(publicIdOf('greenhouse', 'gitlab-1')).toBe('greenhouse-gitlab-1');
    expect(publicIdOf('mostaql', 'a/b c')).toMatch(/^mostaql-[A-Za-z0-9_-]{16}$/);
  });
});

describe('closing', () => {
  it('closes a posting not seen for the configured time, never deletes it, and reopens it when it returns', () => {
    const { t, put, row } = setup();
    put(raw(), T0);
    expect(closeStalePostings(t.db, 'remotive', T0 + 10 * DAY, 14 * DAY)).toBe(0);
    expect(closeStalePostings(t.db, 'remotive', T0 + 15 * DAY, 14 * DAY)).toBe(1);
    expect(row().closed_at).toBe(T0 + 15 * DAY);
    expect(put(raw(), T0 + 16 * DAY)).toBe('updated');
    expect(row().closed_at).toBeNull();
  });

  it('closes a posting past the board’s own expiry', () => {
    const { t, put, row } = setup();
    put(raw({ expiresAt: new Date(T0 + 2 * DAY) }), T0);
    expect(row().closed_at).toBeNull();
    expect(closeStalePostings(t.db, 'remotive', T0 + 3 * DAY, 14 * DAY)).toBe(1);
  });
});
