// Why a stored posting is closed, read back from what the scrape and the sweep wrote, on a real
// SQLite file: every way a posting closes (upsertPosting, closeStalePostings, closeUnseenPostings)
// gives the reason and the date the posting page states. Regression: every closed posting said
// "the board no longer lists it", also one closed because the board's expiry had passed.
import { afterEach, describe, expect, it } from 'vitest';
import { getPosting } from '../../db/queries/posting';
import { closeUnseenPostings } from '../../db/queries/sweep';
import { closeStalePostings, upsertPosting } from '../../db/queries/upsert';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const CLOSE_AFTER = 14 * DAY;

const raw = (over: Partial<SourcePosting> = {}): SourcePosting => ({
  externalId: 'job-1',
  url: 'https://weworkremotely.com/remote-jobs/acme-seo-specialist',
  title: 'SEO Specialist',
  company: 'Acme',
  descriptionHtml: '<p>Own SEO for our website.</p>',
  postedAt: '2026-10-30T10:00:00Z',
  hints: {},
  ...over,
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const posting = (r: SourcePosting) => preparePosting(r, { source: 'weworkremotely', sourceKey: 'weworkremotely' });
  const put = (r: SourcePosting, now: number) => t.db.transaction(() => upsertPosting(t.db, posting(r), now));
  const closure = () => getPosting(t.db, posting(raw()).publicId)!.closure;
  return { db: t.db, put, closure };
}

describe('why a posting is closed', () => {
  it('is open: no reason', () => {
    const { put, closure } = setup();
    put(raw(), T0);
    expect(closure()).toBeNull();
  });

  it('expired: seen by a scrape after the board’s expiry, dated by the expiry', () => {
    const { put, closure } = setup();
    put(raw({ expiresAt: new Date(T0 - 3 * DAY) }), T0);
    expect(closure()).toEqual({ reason: 'expired', date: T0 - 3 * DAY });
  });

  it('expired: closed by the run or the sweep once the expiry passed, though seen since', () => {
    const { db, put, closure } = setup();
    put(raw({ expiresAt: new Date(T0 + 2 * DAY) }), T0);
    put(raw({ expiresAt: new Date(T0 + 2 * DAY) }), T0 + DAY);
    expect(closeStalePostings(db, 'weworkremotely', T0 + 3 * DAY, CLOSE_AFTER)).toBe(1);
    expect(closure()).toEqual({ reason: 'expired', date: T0 + 2 * DAY });
    put(raw({ expiresAt: new Date(T0 + 2 * DAY) }), T0 + 4 * DAY);
    expect(closure()).toEqual({ reason: 'expired', date: T0 + 2 * DAY });
  });

  it('no longer on the board: not seen for the configured time, dated by its last sighting', () => {
    const { db, put, closure } = setup();
    put(raw({ expiresAt: new Date(T0 + 60 * DAY) }), T0);
    expect(closeStalePostings(db, 'weworkremotely', T0 + 15 * DAY, CLOSE_AFTER)).toBe(1);
    expect(closure()).toEqual({ reason: 'unlisted', date: T0 });
  });

  it('no longer on the board: closed by the daily sweep of a source that keeps failing', () => {
    const { db, put, closure } = setup();
    put(raw(), T0);
    expect(closeUnseenPostings(db, T0 + 20 * DAY, CLOSE_AFTER)).toBe(1);
    expect(closure()).toEqual({ reason: 'unlisted', date: T0 });
  });

  it('expired: closed as unseen, then seen again past its expiry', () => {
    const { db, put, closure } = setup();
    put(raw({ expiresAt: new Date(T0 + 20 * DAY) }), T0);
    closeStalePostings(db, 'weworkremotely', T0 + 15 * DAY, CLOSE_AFTER);
    expect(closure()).toEqual({ reason: 'unlisted', date: T0 });
    put(raw({ expiresAt: new Date(T0 + 20 * DAY) }), T0 + 25 * DAY);
    expect(closure()).toEqual({ reason: 'expired', date: T0 + 20 * DAY });
  });

  it('marked closed by the board: dated by the first scrape that saw the mark, seen again or not', () => {
    const { db, put, closure } = setup();
    put(raw(), T0);
    put(raw({ closed: true }), T0 + DAY);
    expect(closure()).toEqual({ reason: 'board', date: T0 + DAY });
    put(raw({ closed: true }), T0 + 2 * DAY);
    expect(closure()).toEqual({ reason: 'board', date: T0 + DAY });
    closeStalePostings(db, 'weworkremotely', T0 + 30 * DAY, CLOSE_AFTER);
    expect(closure()).toEqual({ reason: 'board', date: T0 + DAY });
  });

  it('reopens when the board lists it again, open', () => {
    const { db, put, closure } = setup();
    put(raw(), T0);
    closeStalePostings(db, 'weworkremotely', T0 + 15 * DAY, CLOSE_AFTER);
    put(raw(), T0 + 16 * DAY);
    expect(closure()).toBeNull();
  });
});
