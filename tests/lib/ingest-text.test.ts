// Issue 9, items 4 and 5: what a board sends is made safe at ingestion. Text loses characters
// XML 1.0 cannot hold (so no posting can break a feed), titles and companies lose bidi controls,
// and a date from the future is replaced by the first-seen time, with a note.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertPosting } from '../../db/queries/upsert';
import { normalisePosting, type SourcePosting } from '../../lib/postings/normalise';
import { preparePosting } from '../../lib/postings/pipeline';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-20T09:00:00Z');

// Anything outside XML 1.0's Char production.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const base = (over: Partial<SourcePosting> = {}): SourcePosting => ({
  externalId: 'job-1',
  url: 'https://remotive.com/remote-jobs/marketing/job-1',
  title: 'SEO Specialist',
  company: 'Acme',
  descriptionHtml: '<p>Own SEO for our website.</p>',
  postedAt: '2026-11-19T10:00:00Z',
  hints: {},
  ...over,
});
const normalise = (raw: SourcePosting, now = T0) => normalisePosting(raw, { source: 'remotive', sourceKey: 'remotive', now });

describe('characters XML cannot hold', () => {
  const dirty = '\u000B\u001B\u0008\u0000\uFFFE\uFFFF\uDFFF\uD800'; // the last two: lone surrogates
  it('are removed from every text field of a posting', () => {
    const p = normalise(
      base({
        title: `SEO${dirty} Lead`,
        company: `Ac${dirty}me`,
        location: `Ber${dirty}lin`,
        salary: `€50k${dirty}`,
        salaryCurrency: `EUR${dirty}`,
        salaryPeriod: `year${dirty}`,
        descriptionHtml: `<p>Grow${dirty} traffic &#11; &#x1b; &#xFFFE; &#0; ]]> ]]> 🚀</p>`,
        hints: { employmentType: `full${dirty}_time`, region: `EU${dirty}` },
      }),
    );
    for (const s of strings(p)) expect(s).not.toMatch(NOT_XML);
    expect(p.title).toBe('SEO Lead');
    expect(p.company).toBe('Acme');
    expect(p.descriptionText).toMatch(/^Grow traffic\s+\]\]> \]\]> 🚀$/);
    expect(p.salaryCurrency).toBe('EUR');
  });

  it('keeps tabs, new lines, emoji and Arabic', () => {
    const p = normalise(base({ title: 'مسوّق رقمي 🚀', descriptionHtml: '<p>سطر\nسطر\tآخر</p>' }));
    expect(p.title).toBe('مسوّق رقمي 🚀');
    expect(p.descriptionText).toContain('سطر');
  });

  it('bidi overrides and isolates cannot reorder a title or a company', () => {
    const p = normalise(base({ title: 'Marketing \u202Egnp.exe\u202C Lead \u2067x\u2069', company: '\u202BAcme\u202A Inc\u2066' }));
    expect(p.title).not.toMatch(BIDI);
    expect(p.company).not.toMatch(BIDI);
    expect(p.title).toContain('gnp.exe');
  });
});

describe('dates from the future or before job boards', () => {
  function setup() {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const put = (raw: SourcePosting, at: number) =>
      upsertPosting(t.db, preparePosting(raw, { source: 'remotive', sourceKey: 'remotive', now: at }), at);
    const row = () =>
      t.db.$client.prepare("SELECT posted_at, hints FROM postings WHERE external_id = 'job-1'").get() as {
        posted_at: number;
        hints: string;
      };
    return { put, row };
  }

  it('dates a posting from 2099 by when it was first seen, keeps that date, and notes the board’s date', () => {
    const { put, row } = setup();
    put(base({ postedAt: '2099-01-01T00:00:00Z' }), T0);
    expect(row().posted_at).toBe(T0);
    expect(JSON.parse(row().hints)).toMatchObject({ futureDate: '2099-01-01T00:00:00.000Z' });
    expect(put(base({ postedAt: '2099-01-01T00:00:00Z' }), T0 + 3 * DAY)).toBe('unchanged');
    put(base({ postedAt: '2099-01-01T00:00:00Z', title: 'SEO Lead' }), T0 + 4 * DAY);
    expect(row().posted_at).toBe(T0);
  });

  it('believes a date less than a day ahead (time zones) ', () => {
    const { put, row } = setup();
    put(base({ postedAt: new Date(T0 + 20 * 3_600_000).toISOString() }), T0);
    expect(row().posted_at).toBe(T0 + 20 * 3_600_000);
    expect(JSON.parse(row().hints)).not.toHaveProperty('futureDate');
  });

  // Adversary's report: a Greenhouse date of -271821-04-20 was stored, the page said "Posted
  // 274,030 years ago" and the feeds wrote a pubDate no RFC allows; "1" was read as 2001.
  it.each(['-271821-04-20T00:00:00Z', '0001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '1990-06-01', '1', 'March'])(
    'dates a posting "%s" by when it was first seen',
    (postedAt) => {
      const { put, row } = setup();
      put(base({ postedAt }), T0);
      expect(row().posted_at).toBe(T0);
      const hints = JSON.parse(row().hints) as { pastDate?: string };
      // The board's date is kept in the hints when it is a date at all.
      expect(hints.pastDate === undefined).toBe(postedAt === '1' || postedAt === 'March');
    },
  );

  it('believes an old but possible date', () => {
    const { put, row } = setup();
    put(base({ postedAt: '2019-03-01T00:00:00Z' }), T0);
    expect(row().posted_at).toBe(Date.parse('2019-03-01T00:00:00Z'));
  });
});

// Adversary's report: a posting with no usable URL was named in the run's notes by the board's
// own id, so `npm run scrape` printed "(posting acme-FAKE: all sources OK has no usable URL)": up
// to 300 characters of board text passed for an operator message. It is named by its public id.
describe('what a run note says of a posting', () => {
  it('names a posting without a usable URL by its public id, never by the board’s text', () => {
    const externalId = '\u001b[2J\u001b[HFAKE: all sources OK';
    const context = { source: 'greenhouse', sourceKey: 'greenhouse:acme' } as const;
    expect(() => normalisePosting(base({ externalId, url: 'javascript:alert(1)' }), context)).toThrow(
      /^posting greenhouse-[A-Za-z0-9_-]{16} has no usable URL$/,
    );
    // A board id that is already safe reads as itself.
    expect(() => normalisePosting(base({ url: 'not a url' }), context)).toThrow('posting greenhouse-job-1 has no usable URL');
  });
});
