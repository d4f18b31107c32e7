// open_to, pay and pay_min on a real database: the pages' in-memory path and the feeds' SQL pick
// the same postings, and the country picker's counts equal the listing each country would give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '../../db/queries/data-version';
import { indexedPostingIds, listPostings, queriedPostingIds, setListingCache } from '../../db/queries/listings';
import { upsertPosting } from '../../db/queries/upsert';
import { parseFilters } from '../../lib/filters';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { tempDb } from '../helpers/db';

const NOW = Date.parse('2026-11-20T09:00:00Z');
let t: ReturnType<typeof tempDb>;

// [source, location / region, salary, title]: remote boards (a restriction field), on-site boards (an office).
const SHAPES: [string, string, string | undefined][] = [
  ['remotive', 'Worldwide', '$80k - $100k'],
  ['remotive', 'MENA', '$3k - $4k'],
  ['remotive', 'USA', '$120k - $150k'],
  ['remotive', 'Egypt', undefined],
  ['remotive', 'EMEA', '€50k'],
  ['remotive', 'GCC, Egypt', '$2,000/month'],
  ['remotive', '', '$25/hr'],
  ['remotive', 'Europe', '£40k - £45k'],
  ['weworkremotely', 'Anywhere in the World', undefined],
  ['weworkremotely', 'Latin America Only', '$30k'],
  ['wuzzuf', 'Nasr City, Cairo, Egypt', 'EGP 8,000 - 12,000 per month'],
  ['wuzzuf', 'Riyadh, Saudi Arabia', 'SAR 9,000 monthly'],
  ['arbeitnow', 'Berlin', '€55,000 a year'],
  ['wuzzuf', 'Dubai, United Arab Emirates', 'AED 15,000 per month'],
  ['wuzzuf', 'Alexandria, Egypt', undefined],
];

beforeAll(() => {
  setListingCache(false);
  t = tempDb();
  t.db.$client.transaction(() => {
    SHAPES.forEach(([source, place, salary], i) => {
      for (let copy = 0; copy < 3; copy++) {
        const remoteBoard = source === 'remotive' || source === 'weworkremotely';
        const raw: SourcePosting = {
          externalId: `${i}-${copy}`,
          url: `https://example.com/jobs/${i}-${copy}`,
          title: 'Social Media Manager',
          company: `Acme ${i} ${copy}`,
          descriptionHtml: '<p>Run our Instagram and TikTok accounts and grow our followers.</p>',
          postedAt: NOW - (i * 3 + copy) * 3600_000,
          location: place,
          salary,
          hints: remoteBoard ? { remote: true, region: place || undefined } : { workplace: 'On-site' },
        };
        upsertPosting(t.db, preparePosting(raw, { source, sourceKey: source }), NOW);
      }
    });
    bumpDataVersion(t.db);
  })();
});
afterAll(() => t.cleanup());

const VIEWS = [
  'open_to=EG',
  'open_to=EG&open_to_unknown=1',
  'open_to=SA',
  'open_to=US',
  'open_to=DE',
  'open_to=BR',
  'open_to=AE&workplace=remote',
  'pay=1',
  'pay=1&open_to=EG',
  'pay_min=3000&pay_currency=EGP&pay_period=month',
  'pay_min=5000&pay_currency=USD&pay_period=year',
  'pay_min=100000&pay_currency=USD&pay_period=year',
  'pay_min=2500&pay_currency=USD&pay_period=month&open_to=EG',
  'pay_min=40000&pay_currency=EUR&pay_period=year',
  'pay_min=5000&pay_currency=USD&pay_period=month',
  'pay_min=30&pay_currency=USD&pay_period=hour',
  'pay_min=1500&pay_currency=EUR&pay_period=project',
  'pay_min=1000&pay_currency=EGP&pay_period=project',
];

describe('pay and place filters', () => {
  it.each(VIEWS)('%s: the index and the SQL select the same postings', (qs) => {
    const f = parseFilters(new URLSearchParams(qs));
    expect(indexedPostingIds(t.db, f, NOW).ids).toEqual(queriedPostingIds(t.db, f, NOW));
  });

  it('open_to=EG takes Egyptian offices and remote jobs open to Egypt, and leaves out the rest', () => {
    const titles = (qs: string) => listPostings(t.db, parseFilters(new URLSearchParams(qs)), NOW).total;
    // worldwide ×2 shapes, MENA, Egypt, EMEA, "GCC, Egypt", Cairo, Alexandria: 8 shapes × 3 copies.
    expect(titles('open_to=EG')).toBe(24);
    // + the remote posting that says nothing about who may apply.
    expect(titles('open_to=EG&open_to_unknown=1')).toBe(27);
    // Worldwide ×2 and USA; not Latin America, Europe or the offices abroad.
    expect(titles('open_to=US')).toBe(9);
  });

  it('pay_min compares other currencies through the rates table and other periods over a full-time year', () => {
    const total = (qs: string) => listPostings(t.db, parseFilters(new URLSearchParams(qs)), NOW).total;
    expect(total('pay=1')).toBe(12 * 3);
    // $5,000 a month is $60,000 a year: $80k–100k, $120k–150k, £40k–45k ($61.6k) and €55,000 a
    // year ($64.4k) reach it; €50k ($58.5k), $25 an hour ($52k), $30k and the monthly salaries do not.
    expect(total('pay_min=5000&pay_currency=USD&pay_period=month')).toBe(4 * 3);
    // The same minimum said by the year finds the same jobs.
    expect(total('pay_min=60000&pay_currency=USD&pay_period=year')).toBe(4 * 3);
    // $25 an hour is $4,333 a month full time: it reaches $4,000 a month, not $4,500.
    const hourly = (qs: string) => queriedPostingIds(t.db, parseFilters(new URLSearchParams(qs)), NOW).length;
    expect(hourly('pay_min=4000&pay_currency=USD&pay_period=month')).toBeGreaterThan(
      hourly('pay_min=4500&pay_currency=USD&pay_period=month'),
    );
  });

  it('counts every country in the picker as the listing of that country would', () => {
    const f = parseFilters(new URLSearchParams('pay=1'));
    const counts = listPostings(t.db, f, NOW).openToCounts;
    // The data's countries, and every Arab League country whether or not a job names it.
    const arab = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');
    expect(Object.keys(counts).sort()).toEqual([...new Set([...arab, 'AE', 'DE', 'EG', 'SA', 'US'])].sort());
    for (const [country, n] of Object.entries(counts))
      expect(n, country).toBe(queriedPostingIds(t.db, { ...f, openTo: country }, NOW).length);
  });

  it('counts a chosen country that no job names, so the picker can show it', () => {
    const f = parseFilters(new URLSearchParams('open_to=JP'));
    const listing = listPostings(t.db, f, NOW);
    expect(listing.openToCounts.JP).toBe(listing.total);
    expect(listing.total).toBe(queriedPostingIds(t.db, f, NOW).length);
  });
});
