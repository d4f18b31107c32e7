// "Posted within 24 hours / 7 days" means one thing on the listing page (its heading and the
// filter's counts, in Chromium, English and Arabic, phone and desktop), the three feeds and
// /api/postings, and never admits a posting older than asked. The clock is pinned at ten to the
// hour, where they disagreed: pages and feeds measured from the start of the hour, the API from
// the real clock, so the API said 6 where the page said 14, and "24 hours" let in jobs 24 h 11 min
// old, labelled "yesterday".
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Ten to the hour: 50 minutes after the start of the hour pages used to be rendered for.
const NOW = Math.floor(Date.now() / HOUR) * HOUR - 10 * MINUTE;
const SIZES = [
  [360, 740],
  [1280, 900],
] as const;

const ids: Record<string, string> = {};

/** Postings at the edges: each an SEO job of its own company, so no two are one job group. */
const EDGES = {
  days1In: 23 * HOUR + 30 * MINUTE,
  days1Out: 24 * HOUR + 30 * MINUTE,
  days7Out: 7 * DAY + 30 * MINUTE,
} as const;

const site = setUpSeededSite({ now: NOW, seed: addEdges, envs: [{ RAQMI_NOW: new Date(NOW).toISOString() }] });

/** A posting at each edge, its id in `ids`. */
function addEdges(db: Db): void {
  for (const [name, age] of Object.entries(EDGES)) {
    const posting = preparePosting(
      {
        externalId: `edge-${name}`,
        url: `https://remotive.com/remote-jobs/marketing/edge-${name}`,
        title: `SEO Specialist ${name}`,
        company: `Edge ${name} GmbH`,
        descriptionHtml:
          '<p>You will own our SEO: keyword research, on-page optimisation and link building for our website, and report on organic traffic in Google Analytics.</p>',
        postedAt: new Date(NOW - age),
        hints: { remote: true },
      },
      { source: 'remotive', sourceKey: 'remotive' },
    );
    db.transaction(() => upsertPosting(db, posting, NOW));
    ids[name] = posting.publicId;
  }
  const listed = db.$client
    .prepare('SELECT count(*) AS n FROM postings WHERE public_id LIKE ? AND digital_marketing = 1')
    .get('remotive-edge-%') as {
    n: number;
  };
  expect(listed.n).toBe(3);
}

const digits = (text: string) => Number(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/\D/g, ''));

async function fromApi(days: number, page = 1) {
  const body = (await (await fetch(`${site.url}/api/postings?days=${days}&page=${page}`)).json()) as {
    total: number;
    pages: number;
    counts: { days: Record<string, number> };
    items: { id: string; groupId: string }[];
  };
  return { total: body.total, pages: body.pages, counts: body.counts.days, items: body.items };
}

/** The job groups each feed lists (an item's id names its group), in RSS, Atom and JSON Feed. */
async function fromFeeds(days: number): Promise<string[][]> {
  const bodies = await Promise.all(
    ['/feed.json', '/ar/feed.xml', '/feed.atom'].map(async (path) => (await fetch(`${site.url}${path}?days=${days}`)).text()),
  );
  return bodies.map((body) => [...body.matchAll(/\/groups\/(g-[^<"\s]+)/g)].map((m) => m[1]!).sort());
}

describe('posted within N days', () => {
  it.each([1, 7])('days=%i: the API and every feed hold the same jobs, none older than asked', async (days) => {
    const api = await fromApi(days);
    expect(api.total).toBeLessThan(50); // a feed holds 50: all of them, here
    expect(api.counts[String(days)]).toBe(api.total);
    const items = [...api.items];
    for (let page = 2; page <= api.pages; page++) items.push(...(await fromApi(days, page)).items);
    expect(items).toHaveLength(api.total);
    for (const feed of await fromFeeds(days)) expect(feed).toEqual(items.map((i) => i.groupId).sort());
    const listed = items.map((i) => i.id);
    expect(listed.includes(ids.days1In!)).toBe(true);
    expect(listed.includes(ids.days1Out!)).toBe(days === 7);
    expect(listed.includes(ids.days7Out!)).toBe(false);
  });

  describe.each(['en', 'ar'] as const)('on the listing page (%s)', (locale) => {
    it.each(SIZES)('%i × %i: the heading and the filter’s counts agree with the API', { timeout: 60_000 }, async (width, height) => {
      const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
      const home = `${site.url}${locale === 'ar' ? '/ar' : '/'}`;
      for (const days of [1, 7]) {
        const api = await fromApi(days);
        await page.goto(`${home}?days=${days}`);
        expect([days, digits(await page.locator('#results-title').innerText())]).toEqual([days, api.total]);
        const cards = await page
          .locator('article.card h2 a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/jobs/')[1]));
        expect([days, cards.includes(ids.days1Out!)]).toEqual([days, days === 7]);
        expect(cards.includes(ids.days7Out!)).toBe(false);
        // The counts beside "24 hours" and "7 days" in the filters, on the unfiltered listing.
        await page.goto(home);
        const count = page.locator(`.filters-panel input[name=days][value="${days}"] ~ .count`);
        expect([days, digits(await count.textContent().then((t) => t ?? ''))]).toEqual([days, api.total]);
      }
      await page.context().close();
    });
  });
});
