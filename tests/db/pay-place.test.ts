// Pay and place stored by the pipeline (decided in the classify stage, which knows the workplace),
// with the open-to keys behind the feeds' filter, and recomputed by reclassify for rows stored
// before them or under older rules (a real temporary SQLite file).
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_PAY_SAMPLE, readOpenToStats, readPayRanges } from '../../db/queries/pay-place-stats';
import { reclassifyPostings } from '../../db/queries/reclassify';
import { upsertPosting } from '../../db/queries/upsert';
import { RULES_VERSION } from '../../lib/postings/classify';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const T0 = Date.parse('2026-11-01T00:00:00Z');

const raw = (over: Partial<SourcePosting> = {}): SourcePosting => ({
  externalId: 'job-1',
  url: 'https://remotive.com/remote-jobs/marketing/job-1',
  title: 'SEO Specialist',
  company: 'Acme',
  descriptionHtml: '<p>Own SEO for our website.</p>',
  postedAt: '2026-10-30T10:00:00Z',
  hints: { remote: true, region: 'EMEA, Egypt' },
  location: 'EMEA, Egypt',
  salary: '$80k - $100k',
  ...over,
});

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const put = (r: SourcePosting) => upsertPosting(t.db, preparePosting(r, { source: 'remotive', sourceKey: 'remotive' }), T0);
  const row = () => t.db.$client.prepare('SELECT * FROM postings WHERE external_id = ?').get('job-1') as Record<string, unknown>;
  const keys = () => (t.db.$client.prepare('SELECT key FROM posting_open_to ORDER BY key').all() as { key: string }[]).map((k) => k.key);
  return { t, put, row, keys };
}

describe('pay and place in the database', () => {
  it('stores the normalised pay, place and open-to keys of a new posting', () => {
    const { put, row, keys } = setup();
    put(raw());
    expect(row()).toMatchObject({
      country: null,
      pay_min: 80000,
      pay_max: 100000,
      pay_currency: 'USD',
      pay_period: 'year',
      classifier_version: RULES_VERSION,
    });
    expect(JSON.parse(row().open_to as string)).toEqual({ worldwide: false, regions: ['EMEA'], countries: ['EG'] });
    expect(JSON.parse(row().evidence as string)).toMatchObject({ openTo: ['EMEA, Egypt'], pay: ['$80k - $100k'] });
    expect(keys()).toEqual(['EG', 'EMEA']);
  });

  it('replaces the open-to keys when the posting changes', () => {
    const { put, keys } = setup();
    put(raw());
    put(raw({ hints: { remote: true, region: 'Worldwide' }, location: 'Worldwide', title: 'SEO Lead' }));
    expect(keys()).toEqual(['*']);
  });

  it('computes pay and place for rows stored before they existed, and only for those', () => {
    const { t, put, row, keys } = setup();
    put(raw());
    t.db.$client.exec(
      "UPDATE postings SET pay_min = NULL, pay_max = NULL, pay_currency = NULL, pay_period = NULL, open_to = NULL, classifier_version = 'old'; DELETE FROM posting_open_to",
    );
    expect(reclassifyPostings(t.db)).toEqual({ checked: 1, changed: 1 });
    expect(row()).toMatchObject({ pay_min: 80000, pay_currency: 'USD', classifier_version: RULES_VERSION });
    expect(keys()).toEqual(['EG', 'EMEA']);
    expect(reclassifyPostings(t.db)).toEqual({ checked: 0, changed: 0 });
  });
});
describe('pay and place stats', () => {
  it('shares out the remote jobs by who may take them, and gives pay ranges only with enough postings', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const regions = ['Worldwide', 'MENA', 'USA Only', 'Egypt', '', 'Anywhere in the World'];
    regions.forEach((region, i) =>
      upsertPosting(
        t.db,
        preparePosting(
          raw({
            externalId: `j${i}`,
            url: `https://remotive.com/remote-jobs/marketing/j${i}`,
            hints: { remote: true, region },
            location: region,
            title: 'Social media manager',
            company: `Company ${i}`,
            salary: `$${40 + i}k`,
          }),
          { source: 'remotive', sourceKey: 'remotive' },
        ),
        T0,
      ),
    );
    // Each job in one row: MENA and Egypt are the region's; "USA Only" is outside the Arab world.
    expect(readOpenToStats(t.db)).toEqual({
      remote: 6,
      byReach: { anywhere: 2, mena: 2, arabAndBeyond: 0, outside: 1, unstated: 1 },
    });
    const ranges = readPayRanges(t.db);
    expect(MIN_PAY_SAMPLE).toBeLessThanOrEqual(6);
    expect(ranges).toEqual([{ currency: 'USD', period: 'year', count: 6, low: 40000, median: 42500, high: 45000 }]);
  });
});
